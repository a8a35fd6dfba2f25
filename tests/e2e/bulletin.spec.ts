import { test, expect, Page } from './fixtures';
import { goTo } from './header';
import * as fs from 'fs';
import * as path from 'path';

// The supervision loop in the overview views, on the plan of
// tests/fixtures/bulletin.plan.json (the hand-made plan of tests/bulletin.rs,
// with the supervision settings left at their defaults), as of 2026-08-15:
// the settings set through the form, the dashboard's counts, the
// scoreboard's columns, the source facet of the task table, the period
// report's notices, and the bulletin for July 2026 in both languages,
// printed and saved as HTML.
//
// The plan: t1 (发改委) assigned 1 June, signed 3 June, closed out 10 July;
// t2 (住建局) assigned 1 June, never signed, overdue since 30 June; t3
// (教育局, from a meeting) reported complete on 1 August. Notices: to 发改委
// one in June replied on time and one in July replied late (2 August); to
// 住建局 two in July, one replied late, one never; to 教育局 one due 5 August,
// never replied.

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'bulletin.plan.json');
const TITLE = '市政府重点事项督查台账';

async function openPlan(page: Page) {
  await page.goto('./?lang=en&today=2026-08-15');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByLabel('Open a plan file (.json)').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
}

/** A figure of the dashboard's supervision part, by its words. */
function figure(page: Page, term: string) {
  return page
    .getByRole('region', { name: 'Supervision' })
    .locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd`);
}

async function setSettings(page: Page) {
  await goTo(page, 'Goals & areas');
  const form = page.locator('.setup-settings');
  await form.getByLabel('Verification required: an item counts as completed only once it is closed out').check();
  await form.getByLabel('Days to sign for an item (blank: no limit)').fill('5');
  await form.getByLabel('Replies to notices on time').fill('20');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('saved');
}

test('settings, the dashboard counts, the scoreboard, the source facet and the period report', async ({ page }) => {
  await openPlan(page);

  // Before the settings: no days to sign, so no such count.
  await expect(figure(page, 'Items awaiting a reply to a notice')).toHaveText('2 items');
  await expect(page.getByRole('region', { name: 'Supervision' })).not.toContainText('not signed for within');

  // A days-to-sign that is not a whole number is said beside its field.
  await goTo(page, 'Goals & areas');
  const form = page.locator('.setup-settings');
  await form.getByLabel('Days to sign for an item (blank: no limit)').fill('two');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#ps-sign-days-error')).not.toBeEmpty();
  await setSettings(page);
  await page.reload();
  await expect(page.locator('.setup-settings').getByLabel('Days to sign for an item (blank: no limit)')).toHaveValue('5');
  await expect(page.locator('#ps-verification')).toBeChecked();
  await expect(page.locator('.setup-settings').getByLabel('Replies to notices on time')).toHaveValue('20');

  // The dashboard: the counts in words.
  await goTo(page, 'Dashboard');
  const counts: [string, number, RegExp][] = [
    ['Items awaiting a reply to a notice', 2, /notice=any/],
    ['of them past the reply date', 2, /reply=missing/],
    ['Items with a reply received late', 2, /reply=late/],
    ['Items not signed for within 5 days', 1, /unsigned=1/],
    ['Items reported complete, awaiting verification or close-out', 1, /stage=completion_reported&stage=accepted/],
    ['Items closed out', 1, /stage=closed_out/],
  ];
  for (const [term, n] of counts) {
    await expect(figure(page, term)).toHaveText(n === 1 ? '1 item' : `${n} items`);
  }
  // Each count links to the task table filtered to exactly its items: the
  // table shows as many rows as the count says; back returns to the count.
  for (const [term, n, query] of counts) {
    await figure(page, term).getByRole('link').click();
    await expect(page).toHaveURL(query);
    await expect(page.locator('table.task-table tbody tr.task-row')).toHaveCount(n);
    await expect(page.locator('.result-count')).toContainText(`${n}`);
    await page.goBack();
    await expect(figure(page, term)).toHaveText(n === 1 ? '1 item' : `${n} items`);
  }
  // The filters themselves, ticked in the panel: an open chase or reminder,
  // items returned; the chips say them.
  await figure(page, 'Items awaiting a reply to a notice').getByRole('link').click();
  await expect(page.getByRole('button', { name: /Open notice: Any level/ })).toBeVisible();
  await page.locator('details.group-stage summary').click();
  await page.getByRole('checkbox', { name: /^Assigned, not signed for \(1\)$/ }).check();
  await expect(page).toHaveURL(/stage=assigned/);
  await expect(page.locator('table.task-table tbody tr.task-row')).toHaveCount(1);
  await expect(page.locator('table.task-table tbody tr.task-row').first()).toContainText('事项t2');
  await page.goBack();
  await expect(page.locator('table.task-table tbody tr.task-row')).toHaveCount(2);
  await goTo(page, 'Dashboard');

  // The scoreboard: the loop's columns and the fourth weight.
  await goTo(page, 'Units');
  const board = page.getByRole('table', { name: 'Units ranked by score' });
  for (const head of ['Notices', 'Days to sign (mean)', 'Returned']) {
    await expect(board.getByRole('columnheader', { name: head, exact: true })).toBeVisible();
  }
  const u2 = board.getByRole('row', { name: /住建局/ });
  await expect(u2.locator('.sb-notices')).toHaveText(/2\s*0 on time · 1 late · 1 missing/);
  const u1 = board.getByRole('row', { name: /发改委/ });
  await expect(u1.locator('.sb-sign')).toHaveText('2');
  await expect(u1.locator('.sb-notices')).toContainText('1 on time · 1 late · 0 missing');
  await expect(page.locator('.sb-formula')).toContainText('replies to notices on time × 16.7%');

  // The task table: the source facet, kept in the URL; the row says its source.
  await goTo(page, 'Tasks');
  await page.locator('details.group-source summary').click();
  await expect(page.getByRole('checkbox', { name: 'Plan (2)' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Meeting (1)' }).check();
  await expect(page).toHaveURL(/source=meeting/);
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('.src-tag')).toHaveText('Meeting');
  await expect(rows.first()).toContainText('事项t3');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Meeting (1)' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Remove filter Source: Meeting' })).toBeVisible();

  // The period report: notices by unit, and the way to the bulletin.
  await page.goto('./?lang=en&today=2026-08-15&view=period-report&period=2026-07');
  const notices = page.getByRole('table', { name: 'Supervision notices by unit' });
  await expect(notices.getByRole('row', { name: /住建局/ })).toContainText('2');
  await page.getByRole('link', { name: 'Bulletin for this period' }).click();
  await expect(page).toHaveURL(/view=bulletin&period=2026-07/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Bulletin on the plan's progress, July 2026");
});

test('the bulletin in both languages, printed and saved as HTML', async ({ page }) => {
  await openPlan(page);
  await setSettings(page);

  // From the navigation: the current quarter; the picker moves to July.
  await goTo(page, 'Bulletin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Bulletin on the plan's progress, Q3 2026");
  await page.getByLabel('Period type').selectOption('month');
  await page.getByLabel('Period', { exact: true }).selectOption('2026-07');
  await expect(page).toHaveURL(/period=2026-07/);
  const b = page.locator('article.bulletin');
  await expect(b.getByRole('heading', { level: 1 })).toHaveText("Bulletin on the plan's progress, July 2026");
  await expect(b.getByRole('heading', { name: '1. Overall progress' })).toBeVisible();
  await expect(b).toContainText('The plan has 3 tasks');
  await expect(b).toContainText('1 item was closed out in the period');
  const overdue = b.getByRole('table', { name: '3. Items overdue or lagging, by unit' });
  await expect(overdue.getByRole('row', { name: /住建局/ })).toContainText('31 days overdue');
  // A red item's report owed is listed too, with its last report.
  const owed = b.getByRole('table', { name: '4. Reports owed, by unit' });
  await expect(owed.getByRole('row', { name: /住建局/ })).toContainText('(last report 31 May 2026)');
  const notices = b.getByRole('table', { name: '5. Supervision notices and replies by unit' });
  await expect(notices.getByRole('row')).toHaveCount(4);
  await expect(b.locator('.bl-commended')).toContainText('发改委');
  await expect(b.getByRole('link')).toHaveCount(0);

  // Printed: the bulletin alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(b.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Saved: one file, no script, in English.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Bulletin ${TITLE} 2026-07.html`);
  await expect(page.getByRole('status')).toContainText(`Bulletin saved as Bulletin ${TITLE} 2026-07.html.`);
  const text = fs.readFileSync((await download.path())!, 'utf8');
  expect(text.toLowerCase()).not.toContain('<script');
  expect(text).toContain('<html lang="en">');
  expect(text).toContain('@media print');
  const saved = await page.context().newPage();
  await saved.setContent(text);
  await expect(saved.getByRole('heading', { level: 1 })).toHaveText("Bulletin on the plan's progress, July 2026");
  await saved.close();

  // In Chinese.
  await page.goto('./?lang=zh-CN&today=2026-08-15&view=bulletin&period=2026-07');
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('关于2026年7月规划实施情况的通报');
  await expect(b.getByRole('heading', { name: '一、总体进展' })).toBeVisible();
  await expect(b).toContainText('本期销号事项 1 项');
  await expect(b).toContainText('逾期 31 天');
  await expect(b.getByRole('heading', { name: '六、通报表扬' })).toBeVisible();
  const [zh] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '另存为网页' }).click(),
  ]);
  expect(zh.suggestedFilename()).toBe(`情况通报 ${TITLE} 2026-07.html`);
  const zhText = fs.readFileSync((await zh.path())!, 'utf8');
  expect(zhText.toLowerCase()).not.toContain('<script');
  expect(zhText).toContain('<html lang="zh-CN">');
  expect(zhText).toContain('关于2026年7月规划实施情况的通报');
});
