import { test, expect, Page } from './fixtures';
import { goTo, more } from './header';
import * as fs from 'fs';

// The supervision loop (督办闭环) on one item: assigned from a meeting,
// signed for, chased twice with the level rising, replied to late,
// completion reported, returned once, closed out. The stepper and the
// notices are read in both languages; then the dashboard's counts, the
// scoreboard and the bulletin show the item, in both languages, and the
// bulletin is printed and saved (bulletin.spec.ts does the same on a
// hand-made plan). A notice is printed; notices go to the red tasks in
// one action.

const TITLE = 'Reopen the night market on Liuxiang Street';

function lifecycle(page: Page) {
  return page.locator('section.lifecycle');
}

function notices(page: Page) {
  return page.locator('section.notices-section');
}

/// Open the item's page as of `day`, in `lang`.
async function openOn(page: Page, url: string, day: string, lang = 'en') {
  const u = new URL(url);
  u.searchParams.set('today', day);
  u.searchParams.set('lang', lang);
  await page.goto(u.toString());
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
}

/// Record the step `action` through its form, with the given fields.
async function step(page: Page, action: string, fields: Record<string, string> = {}, done = '') {
  await lifecycle(page).locator('.lc-actions').getByRole('button', { name: action, exact: true }).click();
  const form = page.locator('form.step-form');
  for (const [label, value] of Object.entries(fields)) {
    await form.getByLabel(label, { exact: true }).fill(value);
  }
  await form.getByRole('button', { name: action, exact: true }).click();
  await expect(form).toHaveCount(0);
  if (done) {
    await expect(page.getByRole('status')).toContainText(done);
  }
}

test('an item from a meeting goes round the whole loop, in both languages', async ({ page }) => {
  await page.goto('./?lang=en&today=2023-09-01');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await more(page);
  await page.locator('.identity summary').click();
  await page.getByLabel('Your name').fill('Wang Min');
  await page.getByLabel('Your unit').fill('Supervision Office');
  await page.locator('.identity').getByRole('button', { name: 'Save' }).click();

  // A new item from a meeting: the task form with its source set.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.getByRole('link', { name: 'New item from a meeting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New item from a meeting');
  await expect(page.getByLabel('Source', { exact: true })).toHaveValue('meeting');
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Deadline', { exact: true }).fill('2023-12-31');
  await page.getByLabel('Meeting or document', { exact: true }).fill('Municipal executive meeting No. 12');
  await page.getByLabel('Date of the source', { exact: true }).fill('2023-08-28');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // Saved, it opens on its own page.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(page.locator('.task-facts')).toContainText('Meeting: Municipal executive meeting No. 12 (2023-08-28)');
  const url = page.url();
  const lead = (await page.locator('.task-facts dt', { hasText: /^Lead unit$/ }).locator('xpath=following-sibling::dd').textContent())!.trim();

  // The lead unit's notices on the scoreboard as of 09-30, before this
  // item's: received, on time, late, missing.
  const leadNotices = async (lang = 'en') => {
    await page.goto(`./?lang=${lang}&today=2023-09-30&view=units`);
    const row = page.locator('table.sb-table tbody tr').filter({ has: page.locator('th.sb-unit', { hasText: lead }) });
    await expect(row).toHaveCount(1);
    const received = Number((await row.locator('.sb-n').textContent())!.trim());
    const words = (await row.locator('.sb-replies').count()) ? (await row.locator('.sb-replies').textContent())! : '';
    const [onTime, late, missing] = (words.match(/\d+/g) ?? ['0', '0', '0']).map(Number);
    return [received, onTime, late, missing];
  };
  const scoredBefore = await leadNotices();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);

  // Assigned on 09-01, signed for on 09-04.
  await expect(lifecycle(page)).toContainText('Now: Not assigned');
  await step(page, 'Assign', {}, 'Assigned to its lead unit.');
  await openOn(page, url, '2023-09-04');
  await step(page, 'Sign for', { By: 'Li Hua' }, 'Signed for.');
  const steps = lifecycle(page).locator('ol.stepper > li');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(1)).toContainText('Signed for');
  await expect(steps.nth(1)).toContainText('(current step)');
  await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(steps.nth(1)).toContainText('3 days after the step before');
  await expect(steps.nth(0)).not.toContainText('current step');
  await expect(lifecycle(page)).toContainText('Now: In progress');

  // A reminder on 09-05, due 09-08, never answered; the sample's six
  // notices of 2023 came before it.
  await openOn(page, url, '2023-09-05');
  await notices(page).getByRole('button', { name: 'Issue a notice' }).click();
  const form = page.locator('form.notice-form');
  await expect(form.getByLabel('Number', { exact: true })).toHaveValue('Supervision [2023] No. 7');
  await expect(form.getByLabel('Level', { exact: true })).toHaveValue('reminder');
  await expect(form.getByLabel('To unit', { exact: true }).locator('option:checked')).toHaveText(lead);
  await form.getByLabel('What is asked', { exact: true }).fill('Report in writing when the market reopens.');
  await form.getByLabel('Reply due', { exact: true }).fill('2023-09-08');
  await form.getByRole('button', { name: 'Issue a notice' }).click();
  await expect(page.getByRole('status')).toContainText('Notice issued.');

  // On 09-12 it is overdue: the next notice proposes a chase.
  await openOn(page, url, '2023-09-12');
  const first = notices(page).locator('li.sv-notice').nth(0);
  await expect(first).toContainText('no reply, 4 days past the due date');
  await notices(page).getByRole('button', { name: 'Issue a notice' }).click();
  await expect(form.getByLabel('Number', { exact: true })).toHaveValue('Supervision [2023] No. 8');
  await expect(form.getByLabel('Level', { exact: true })).toHaveValue('chase');
  await expect(form).toContainText('Proposed: Chase, as notice Supervision [2023] No. 7 is unanswered.');
  await form.getByLabel('What is asked', { exact: true }).fill('Explain the delay and the date of reopening.');
  await form.getByLabel('Reply due', { exact: true }).fill('2023-09-15');
  await form.getByRole('button', { name: 'Issue a notice' }).click();
  await expect(page.getByRole('status')).toContainText('Notice issued.');
  const second = notices(page).locator('li.sv-notice').nth(1);
  await expect(second).toContainText('Chase');

  // The unit replies to the chase on 09-18: three days late.
  await openOn(page, url, '2023-09-18');
  await second.getByRole('button', { name: /Record the reply/ }).click();
  const reply = page.locator('form.reply-form');
  await reply.getByLabel('Reply', { exact: true }).fill('Stalls re-licensed; reopening on 25 September.');
  await reply.getByLabel('Replied by', { exact: true }).fill('Li Hua');
  await reply.getByRole('button', { name: 'Record the reply' }).click();
  await expect(page.getByRole('status')).toContainText('Reply recorded.');
  await expect(second).toContainText('replied late, 3 days after the due date');
  await expect(second).toContainText('Stalls re-licensed');
  await expect(first).toContainText('no reply, 10 days past the due date');

  // Completion reported, returned once, reported again, accepted, closed out.
  await openOn(page, url, '2023-09-30');
  await step(page, 'Report completion', { Date: '2023-09-25', Evidence: 'Photos of the reopened market.' }, 'Completion reported.');
  // A return needs its reasons: refused beside the field, nothing recorded.
  await lifecycle(page).locator('.lc-actions').getByRole('button', { name: 'Return', exact: true }).click();
  const returnForm = page.locator('form.step-form');
  await returnForm.getByRole('button', { name: 'Return', exact: true }).click();
  await expect(returnForm.locator('#sf-returned-reasons-error')).toHaveText('this is required');
  await returnForm.getByLabel('Date', { exact: true }).fill('2023-09-26');
  await returnForm.getByLabel('Reasons for return', { exact: true }).fill('No fire inspection certificate.');
  await returnForm.getByRole('button', { name: 'Return', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Returned, back in progress.');
  await expect(lifecycle(page)).toContainText('Now: In progress');
  await step(page, 'Report completion', { Date: '2023-09-28', Evidence: 'Fire inspection certificate No. 88.' });
  await step(page, 'Accept', { Date: '2023-09-29' });
  await step(page, 'Close out', { Date: '2023-09-30' }, 'Closed out.');
  await expect(steps).toHaveCount(7);
  await expect(steps.nth(3)).toContainText('Reasons: No fire inspection certificate.');
  await expect(steps.nth(6)).toContainText('Closed out');
  await expect(steps.nth(6)).toContainText('(current step)');
  await expect(lifecycle(page)).toContainText('The loop is over: the item is closed out.');
  await expect(lifecycle(page).getByRole('button')).toHaveCount(0);

  // The close-out is undone and done again from the toolbar.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(steps).toHaveCount(6);
  await expect(lifecycle(page)).toContainText('Now: Accepted, awaiting close-out');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(steps).toHaveCount(7);

  // The history names each step.
  await goTo(page, 'History');
  await expect(page.getByRole('row', { name: new RegExp(`Closed out “.*${TITLE}”`) }).first()).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Returned “.*${TITLE}” with reasons`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Issued a supervision notice on “.*${TITLE}”`) })).toHaveCount(2);

  // The task table filters by source: the sample's item from a meeting and this one.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.locator('details.group-source summary').click();
  await page.getByRole('checkbox', { name: 'Meeting (2)' }).check();
  await expect(page.getByRole('table').getByRole('link', { name: TITLE })).toBeVisible();
  await expect(page.getByRole('button', { name: /Source: Meeting/ })).toBeVisible();

  // The same page in Chinese.
  await openOn(page, url, '2023-09-30', 'zh-CN');
  await expect(lifecycle(page).getByRole('heading')).toHaveText('督办流程');
  await expect(steps.nth(0)).toContainText('交办');
  await expect(steps.nth(1)).toContainText('签收');
  await expect(steps.nth(1)).toContainText('距上一环节 3 天');
  await expect(steps.nth(3)).toContainText('退回理由：No fire inspection certificate.');
  await expect(steps.nth(6)).toContainText('销号');
  await expect(steps.nth(6)).toContainText('（当前环节）');
  await expect(lifecycle(page)).toContainText('督办闭环已完成：事项已销号。');
  await expect(notices(page).getByRole('heading')).toHaveText('督办单');
  await expect(first).toContainText('提醒');
  await expect(first).toContainText('逾期未回复，已超过期限 22 天');
  await expect(second).toContainText('催办');
  await expect(second).toContainText('逾期回复，超过期限 3 天');
  await expect(page.locator('.task-facts')).toContainText('会议议定事项：Municipal executive meeting No. 12（2023-08-28）');

  // The dashboard's counts take it in: each count's table lists it.
  for (const [lang, terms] of [
    ['en', ['Items closed out', 'Items with a reply received late', 'of them past the reply date']],
    ['zh-CN', ['已销号事项', '督办单逾期回复事项', '其中已过回复期限']],
  ] as const) {
    await page.goto(`./?lang=${lang}&today=2023-09-30`);
    for (const term of terms) {
      await page.locator('section.dash-loop').locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd/a`).click();
      await expect(page.locator('table.task-table').getByRole('link', { name: TITLE })).toBeVisible();
      await page.goBack();
    }
  }

  // The scoreboard: two more notices to the lead unit, one replied late,
  // one never answered; the same in Chinese.
  const [received, onTime, late, missing] = scoredBefore;
  expect(await leadNotices()).toEqual([received + 2, onTime, late + 1, missing + 1]);
  expect(await leadNotices('zh-CN')).toEqual([received + 2, onTime, late + 1, missing + 1]);

  // The bulletin for September names it closed out, in both languages,
  // printed and saved with no script.
  await page.goto('./?lang=en&today=2023-09-30&view=bulletin&period=2023-09');
  const b = page.locator('article.bulletin');
  const closed = b.locator('section.bl-section', { has: page.locator('#bl-closed') });
  await expect(closed).toContainText(TITLE);
  await expect(closed).toContainText('(closed out 30 September 2023)');
  const byUnit = b.getByRole('table', { name: '5. Supervision notices and replies by unit' });
  await expect(byUnit.getByRole('row', { name: new RegExp(lead.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(closed).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as HTML' }).click(),
  ]);
  const saved = fs.readFileSync((await download.path())!, 'utf8');
  expect(saved.toLowerCase()).not.toContain('<script');
  expect(saved).toContain(TITLE);
  await page.goto('./?lang=zh-CN&today=2023-09-30&view=bulletin&period=2023-09');
  await expect(closed).toContainText(TITLE);
  await expect(closed).toContainText('（2023年9月30日销号）');
});

test('a notice prints as a one-page document in both languages', async ({ page }) => {
  await page.goto('./?lang=en&today=2023-09-12');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.getByRole('link', { name: "New item from a leader's instruction" }).click();
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
  const lead = (await page.locator('.task-facts dt', { hasText: /^Lead unit$/ }).locator('xpath=following-sibling::dd').textContent())!.trim();

  await notices(page).getByRole('button', { name: 'Issue a notice' }).click();
  const form = page.locator('form.notice-form');
  await form.getByLabel('Level', { exact: true }).selectOption('by_name');
  await form.getByLabel('What is asked', { exact: true }).fill('Report the rectification plan in writing.');
  await form.getByLabel('Reply due', { exact: true }).fill('2023-09-20');
  await form.getByRole('button', { name: 'Issue a notice' }).click();
  await expect(page.getByRole('status')).toContainText('Notice issued.');

  await notices(page).getByRole('link', { name: /Print/ }).click();
  const doc = page.locator('article.notice-doc');
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('Supervision notice');
  await expect(doc).toContainText('Supervision [2023] No. 7');
  await expect(doc).toContainText(lead);
  await expect(doc).toContainText(TITLE);
  await expect(doc).toContainText('Supervised by name');
  await expect(doc).toContainText('Please reply in writing by 2023-09-20.');

  // Saved as one web page: the same document, its own style, no script.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Supervision notice Supervision [2023] No. 7.html');
  await expect(page.getByRole('status')).toContainText('Notice saved as Supervision notice Supervision [2023] No. 7.html.');
  const saved = fs.readFileSync((await download.path())!, 'utf8');
  expect(saved).toMatch(/^<!doctype html>\n<html lang="en">/);
  expect(saved).not.toMatch(/<script|<link|src=/i);
  expect(saved).toContain('.notice-doc');
  expect(saved).toContain('Report the rectification plan in writing.');
  const file = await page.context().newPage();
  await file.setContent(saved);
  await expect(file.getByRole('heading', { level: 1 })).toHaveText('Supervision notice');
  await expect(file.locator('article.notice-doc')).toContainText(TITLE);
  await expect(file.locator('article.notice-doc')).toContainText(lead);
  await file.close();

  // Printed: only the document, on the page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.navbar')).toBeHidden();
  await expect(page.locator('.nd-controls')).toBeHidden();
  await expect(doc).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // One page: a PDF names each of its pages once as /Type /Page.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);

  // In Chinese, the same notice.
  await page.emulateMedia({ media: 'screen' });
  const zh = new URL(page.url());
  zh.searchParams.set('lang', 'zh-CN');
  await page.goto(zh.toString());
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText('督办单');
  await expect(doc).toContainText('挂牌督办');
  await expect(doc).toContainText('请于 2023-09-20 前书面回复办理情况。');
  await expect(doc).toContainText('督办事项');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(doc).toBeVisible();
  await expect(page.getByRole('link', { name: '返回事项' })).toBeHidden();
});

test('notices go to every red task in one action, and a filtered table names those skipped', async ({ page }) => {
  await page.goto('./?lang=en&today=2023-09-30');
  const card = page.getByRole('region', { name: 'Supervision' });
  // Items with a notice awaiting its reply.
  const openNotices = card.locator('xpath=.//dt[normalize-space()="Items awaiting a reply to a notice"]/following-sibling::dd');
  const before = parseInt((await openNotices.textContent())!, 10);

  // From the red list: one notice to each red task's lead unit.
  const bulk = page.locator('.dash-red-col .bulk-notices');
  const open = bulk.getByRole('button', { name: /^Issue notices to these \d+ items$/ });
  const red = parseInt((await open.textContent())!.match(/\d+/)![0], 10);
  expect(red).toBeGreaterThan(1);
  await open.click();
  const form = bulk.locator('form.bulk-notice-form');
  await expect(form.getByLabel('Level', { exact: true })).toHaveValue('reminder');
  // Those with an open notice already are said before anything is issued.
  const reach = (await form.locator('.bulk-reach').textContent())!;
  const reached = parseInt(reach.match(/^(\d+) items? will get a notice/)![1], 10);
  const skipped = await form.locator('.bulk-skipped li').count();
  const skippedText = (await form.locator('.bulk-skipped').textContent()) ?? '';
  expect(reached + skipped).toBe(red);
  if (skipped > 0) {
    await expect(form.locator('.bulk-reach')).toContainText(`${skipped === 1 ? '1 is' : `${skipped} are`} skipped`);
    await expect(form.locator('.bulk-skipped li').first()).toContainText('is still open');
  }
  // The request is required.
  await form.getByRole('button', { name: `Issue ${reached} notices` }).click();
  await expect(form.locator('#bn-asked-error')).toHaveText('this is required');
  await form.getByLabel('What is asked', { exact: true }).fill('Report in writing how the delay will be made up.');
  await form.getByLabel('Reply due', { exact: true }).fill('2023-10-09');
  await form.getByRole('button', { name: `Issue ${reached} notices` }).click();
  await expect(page.getByRole('status')).toContainText(`${reached} notices issued.`);
  await expect(form).toHaveCount(0);
  // Each item reached had no open notice: the count grows by as many.
  await expect(openNotices).toHaveText(`${before + reached} items`);

  // Each red task reached shows its notice on its page: the first listed
  // that was not skipped, here.
  const links = page.locator('section.dash-red ol.task-lines > li a.task-link');
  let title = '';
  for (let i = 0; i < (await links.count()) && !title; i++) {
    const t = (await links.nth(i).textContent())!.trim();
    if (!skippedText.includes(`“${t}”`)) {
      title = t;
      await links.nth(i).click();
    }
  }
  expect(title).not.toBe('');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.locator('section.notices-section')).toContainText('Report in writing how the delay will be made up.');
  await expect(page.locator('section.notices-section')).toContainText('reply not yet due');

  // The history names the batch, and one undo takes every notice back.
  await goTo(page, 'History');
  await expect(page.getByRole('row', { name: new RegExp(`Issued ${reached} supervision notices together`) })).toBeVisible();

  // The red tasks in the table: a reminder again would reach none of them.
  await page.goto('./?view=tasks&light=red&lang=en&today=2023-09-30');
  const table = page.locator('.tasks-results .bulk-notices');
  await table.getByRole('button', { name: `Issue notices to these ${red} items` }).click();
  const tform = table.locator('form.bulk-notice-form');
  await expect(tform.locator('.bulk-reach')).toHaveText(`No item will get a notice; ${red} are skipped: they already have an open notice at this level or higher.`);
  await expect(tform.locator('.bulk-skipped li')).toHaveCount(red);
  await expect(tform.getByRole('button', { name: 'Issue 0 notices' })).toBeDisabled();
  // A chase presses harder: it reaches those only reminded.
  await tform.getByLabel('Level', { exact: true }).selectOption('chase');
  await expect(tform.locator('.bulk-reach')).toContainText(/^\d+ items? will get a notice/);
  await tform.getByRole('button', { name: 'Cancel' }).click();

  // Undo from the toolbar takes the whole batch back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await goTo(page, 'Dashboard');
  await expect(openNotices).toHaveText(`${before} items`);

  // In Chinese, the same form.
  await page.goto('./?lang=zh-CN&today=2023-09-30');
  await page.locator('.dash-red-col .bulk-notices').getByRole('button', { name: `向这 ${red} 项事项下发督办单` }).click();
  await expect(page.locator('.dash-red-col form.bulk-notice-form')).toContainText('批量下发督办单');
});
