import { test, expect, Page } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';

// The sample plan as of 2023-09-30, report for Q3 2023. Figures computed from
// the sample (see tests/period_report.rs): overall progress 63.69% → 64%;
// 6 red tasks; 60 standing reports dated July–September on 44 tasks and
// projects (one more, of 08-28, was withdrawn); September alone has 34.
const Q3 = './?lang=en&today=2023-09-30&view=period-report&period=2023-Q3';
const PLAN_TITLE = 'Shanxi 2023 Transformation and Development Supervision Ledger (sample)';
const RED_TASK = 'Expand foreign trade and investment';

async function open(page: Page, url = Q3) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the Q3 report shows the sample figures, the red list and the quarter\'s reports', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress report: Q3 2023');
  await expect(page.getByRole('main').getByText(PLAN_TITLE, { exact: true })).toBeVisible();
  await expect(page.getByText('30 September 2023, the last day of the period')).toBeVisible();

  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview.getByRole('progressbar', { name: /Overall progress/ })).toHaveAttribute('aria-valuenow', '64');
  await expect(overview).toContainText('64%');
  const lights = overview.getByRole('list', { name: 'Tasks by light' });
  await expect(lights.getByRole('listitem').filter({ hasText: 'Overdue or lagging' })).toHaveText(/Overdue or lagging\s*6/);
  await expect(lights.getByRole('listitem').filter({ hasText: 'On track' })).toHaveText(/On track\s*30/);
  await expect(overview.getByRole('definition').filter({ hasText: 'on 44 tasks and projects' })).toHaveText(/^60\s/);

  const red = page.getByRole('region', { name: 'Red list' });
  await expect(red).toContainText('6 tasks are overdue or lagging badly.');
  const trade = red.getByRole('row', { name: new RegExp(RED_TASK) });
  await expect(trade).toContainText('5.3');
  await expect(trade).toContainText('Overdue or lagging');
  await expect(trade).toContainText('lagging: 25% done, 75% expected by now');
  // A red task links to its page.
  await expect(trade.getByRole('link', { name: RED_TASK })).toHaveAttribute('href', /view=task&id=t-5-3/);

  const areas = page.getByRole('table', { name: 'By key area' });
  await expect(areas.getByRole('row', { name: /Reform and opening up/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By lead unit' }).getByRole('row', { name: /Pianguan County/ })).toContainText('0%');

  const projects = page.getByRole('table', { name: 'Key projects' });
  // Total investment: 161,600 of 250,800 (10k yuan) → 64%.
  await expect(projects.getByRole('row', { name: /^Total/ })).toContainText('250,800');
  await expect(projects.getByRole('row', { name: /^Total/ })).toContainText('161,600');
  await expect(page.getByRole('table', { name: 'Indicators' }).getByRole('row', { name: /Poverty incidence/ })).toContainText('Lagging');

  const reports = page.getByRole('region', { name: 'Progress reports in the period' });
  await expect(reports).toContainText('Every standing report that answers Q3 2023 (its reporting period), as of 30 September 2023 with those written in the grace days after the period');
  // Task 6.3 has three reports in the quarter: 07-31, 08-31, 09-26.
  const flood = reports.getByRole('region', { name: /Flood control and drought relief/ });
  await expect(flood).toContainText('3 reports');
  await expect(flood.getByRole('row')).toHaveCount(4);
});

test('the period picker puts the period in the URL and changes the figures', async ({ page }) => {
  await open(page);
  await page.getByLabel('Period type').selectOption({ label: 'Month' });
  await expect(page).toHaveURL(/period=2023-09/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress report: September 2023');
  await expect(page.getByRole('region', { name: 'Overview' }).getByRole('definition').filter({ hasText: 'tasks and projects' })).toHaveText(/^34\s/);

  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'July 2023' });
  await expect(page).toHaveURL(/period=2023-07/);
  await expect(page.getByText('31 July 2023, the last day of the period')).toBeVisible();

  await page.getByLabel('Period type').selectOption({ label: 'Quarter' });
  await expect(page).toHaveURL(/period=2023-Q3/);
  // The link to the quarter before: Q2, as of 30 June, 33 reports.
  await page.getByRole('link', { name: 'Previous period: Q2 2023' }).click();
  await expect(page).toHaveURL(/period=2023-Q2/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress report: Q2 2023');
  await expect(page.getByText('30 June 2023, the last day of the period')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Overview' }).getByRole('definition').filter({ hasText: 'tasks and projects' })).toHaveText(/^33\s/);
  // Back returns to Q3.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress report: Q3 2023');
  // Q4 has not begun on 2023-09-30.
  await page.getByRole('link', { name: 'Next period: Q4 2023' }).click();
  await expect(page.getByText('30 September 2023, today (the period has not begun)')).toBeVisible();
  await expect(page.getByText('No progress report was received in the period.')).toBeVisible();
});

test('a report written in the grace days after a quarter is filed to it and counted in its report', async ({ page }) => {
  // The sample switched to quarterly reporting (15 grace days by default).
  // On 10 October the Q3 round is still being written: task 13.4, never
  // reported, gets its Q3 report, typed as "35%".
  const day = 'lang=en&today=2023-10-10';
  await open(page, `./?${day}&view=setup`);
  await page.getByLabel('Reporting cadence').selectOption({ label: 'Quarterly' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Plan settings saved');

  await open(page, `./?${day}&view=task&id=t-13-4`);
  await page.getByRole('button', { name: 'Report progress' }).click();
  await expect(page.getByLabel('Report date', { exact: true })).toHaveValue('2023-10-10');
  const period = page.getByLabel('Reporting period', { exact: true });
  await expect(period).toHaveValue('2023-Q3');
  await expect(period.locator('option:checked')).toHaveText('Q3 2023');
  // The default follows the date: after the grace days it is the current quarter.
  await page.getByLabel('Report date', { exact: true }).fill('2023-10-20');
  await expect(period).toHaveValue('2023-Q4');
  await page.getByLabel('Report date', { exact: true }).fill('2023-10-10');
  await expect(period).toHaveValue('2023-Q3');
  await page.getByLabel('Progress (%)', { exact: true }).fill('35%');
  await expect(page.locator('#rp-progress-error')).toBeEmpty();
  await page.getByLabel('Progress made', { exact: true }).fill('Third-quarter round: county plan drafted.');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  const entry = page.locator('li.report').first();
  await expect(entry).toContainText('Report of 2023-10-10');
  await expect(entry).toContainText('for Q3 2023');
  await expect(entry).toContainText('35%');

  // In the Q3 report: 60 sample reports and this one, on 45 tasks and projects.
  await open(page, `./?${day}&view=period-report&period=2023-Q3`);
  await expect(page.getByText('30 September 2023, the last day of the period')).toBeVisible();
  const overview = page.getByRole('region', { name: 'Overview' });
  await expect(overview.getByRole('definition').filter({ hasText: 'tasks and projects' })).toHaveText(/^61\s/);
  const reports = page.getByRole('region', { name: 'Progress reports in the period' });
  const group = reports.getByRole('region', { name: /13\.4/ });
  await expect(group).toContainText('2023-10-10');
  await expect(group).toContainText('Q3 2023');
  await expect(group).toContainText('35%');
  await expect(page.getByRole('table', { name: 'By lead unit' }).getByRole('row', { name: /Pianguan County/ })).toContainText('35%');

  // Not in the fourth quarter's report.
  await open(page, `./?${day}&view=period-report&period=2023-Q4`);
  await expect(page.getByText('No progress report was received in the period.')).toBeVisible();

  // The unit's "my report" file defaults to the quarter the round answers.
  await open(page, `./?${day}&view=report&unit=u-pianguan`);
  const exportSection = page.locator('.ex-export');
  await expect(exportSection.getByLabel('Period', { exact: true })).toHaveValue('2023-Q3');
  // The sheet files its reports to the third quarter too.
  await expect(page.getByLabel('Reporting period', { exact: true })).toHaveValue('2023-Q3');
});

test('with no period in the URL the report is for the current quarter', async ({ page }) => {
  await open(page, './?lang=en&today=2023-08-15&view=period-report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress report: Q3 2023');
  await expect(page.getByText('15 August 2023, today (the period is still running)')).toBeVisible();
});

test('in the grace days after a quarter, the report opens on that quarter; a month picked is the month just ended', async ({ page }) => {
  // 10 October, within the 15 grace days after Q3: the Q3 round is being written.
  await open(page, './?lang=en&today=2023-10-10&view=period-report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress report: Q3 2023');
  await page.getByLabel('Period type').selectOption({ label: 'Month' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress report: September 2023');
  // After the grace days, the quarter of today.
  await open(page, './?lang=en&today=2023-10-20&view=period-report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress report: Q4 2023');
  // The bulletin follows the same rule.
  await open(page, './?lang=en&today=2023-10-10&view=bulletin');
  await expect(page.getByLabel('Period', { exact: true })).toHaveValue('2023-Q3');
});

test('save as HTML downloads a self-contained page of the report', async ({ page }) => {
  await open(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as HTML' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${PLAN_TITLE} 2023-Q3.html`);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('<!doctype html>')).toBe(true);
  expect(text).toContain('<html lang="en">');
  expect(text).toContain('<meta charset="utf-8">');
  expect(text).toContain('<title>Progress report: Q3 2023 · Shanxi 2023');
  expect(text).toContain(PLAN_TITLE);
  expect(text).toContain(RED_TASK);
  // Its own style sheet, minified, read from the site's style/report.css.
  const sheet = fs.readFileSync(path.join(__dirname, '..', '..', 'style', 'report.css'), 'utf8');
  const rule = sheet.match(/^\.period-report \.rp-head \{[^}]*\}/m)![0];
  expect(text).toContain(`<style>`);
  expect(text).toContain(rule.replace(/\s*([{};:,])\s*/g, '$1').replace(/;}/, '}'));
  expect(text).not.toContain('/*');
  expect(text.toLowerCase()).not.toContain('<script');
  expect(text).not.toMatch(/\b(href|src)=/);
  expect(text).not.toContain('<link');
  // The controls are not part of the saved report.
  expect(text).not.toContain('Save as HTML');
  await expect(page.getByRole('status')).toContainText(`Report saved as ${PLAN_TITLE} 2023-Q3.html`);

  // The saved page opens on its own and shows the report.
  const saved = await page.context().newPage();
  await saved.setContent(text);
  await expect(saved.getByRole('heading', { level: 1 })).toHaveText('Progress report: Q3 2023');
  await expect(saved.getByRole('row', { name: new RegExp(RED_TASK) })).toContainText('Overdue or lagging');
});

test('printing shows the report alone', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByLabel('Period type')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Red list' })).toBeVisible();
  // Table headers repeat on every printed page.
  const display = await page.getByRole('table', { name: 'Red list' }).locator('thead').evaluate((el) => getComputedStyle(el).display);
  expect(display).toBe('table-header-group');
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
});

test('the report reads in Chinese', async ({ page }) => {
  await open(page, './?lang=zh-CN&today=2023-09-30&view=period-report&period=2023-Q3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2023年第三季度规划实施进展情况通报');
  await expect(page.getByText('2023年9月30日（本期末）')).toBeVisible();
  await expect(page.getByRole('region', { name: '亮红灯任务' })).toContainText('共 6 项任务逾期或严重滞后。');
});
