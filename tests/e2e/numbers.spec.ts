import { test, expect, Page } from './fixtures';

// The same keystrokes mean the same number in every form: "33,7" is 33.7
// (a comma not grouping thousands is the decimal mark), "1,234" is 1234.
const Q = '?lang=en&today=2023-09-30';
const row = (page: Page, code: string) => page.getByRole('row', { name: new RegExp(`^${code.replace('.', '\\.')} `) });

test('"33,7" is 33.7 in the progress report form, the report-by-unit form and the project form', async ({ page }) => {
  // The progress report form on a task page.
  await page.goto(`./?view=task&id=t-1-1&lang=en&today=2023-09-30`);
  await page.getByRole('button', { name: 'Report progress' }).click();
  await page.getByLabel('Progress (%)', { exact: true }).fill('33,7');
  await page.getByLabel('Reported status', { exact: true }).selectOption({ label: 'On track' });
  await page.getByLabel('Progress made', { exact: true }).fill('Half-year review done');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(page.locator('ol.reports li.report').first().locator('.report-progress')).toHaveText('34%');

  // The report-by-unit form.
  await page.goto(`./${Q}&view=report&unit=u-prov-office`);
  await page.getByLabel(/^New progress \(%\) for 1\.3 /).fill('33,7');
  await page.getByLabel(/^What was done on 1\.3 /).fill('Half-year review done');
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('status')).toContainText('1 report recorded');
  await page.goto(`./${Q}&view=tasks`);
  await expect(row(page, '1.1').locator('.pct')).toHaveText('34%');
  await expect(row(page, '1.3').locator('.pct')).toHaveText('34%');

  // The project form: a decimal comma and a thousands comma.
  await page.goto(`./${Q}&view=project&id=p-xd-digital-park`);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.locator('form.figures-form');
  await form.getByLabel('Completed this year (10k yuan)').fill('33,7');
  await form.getByLabel('Total investment (10k yuan)').fill('261,000');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Project saved');
  await expect(page.locator('.completed-investment')).toHaveText('33.7');
  await page.goto(`./${Q}&view=projects`);
  await expect(page.getByRole('row', { name: /Xiaodian Digital Economy Industrial Park/ })).toContainText('261,000');
});

test('"12,5" is 12.5 in the plan settings too, and "1,250" is not taken for a decimal', async ({ page }) => {
  await page.goto(`./${Q}&view=setup`);
  const atRisk = page.getByLabel('At risk (yellow) when behind by (percentage points)');
  await atRisk.fill('12,5');
  await expect(page.locator('#ps-at-risk-error')).toBeEmpty();
  await page.getByLabel('Lagging (red) when behind by (percentage points)').fill('1,250');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Plan settings saved');
  const plan = await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith('plan-tracker/v1/plan/')) return JSON.parse(localStorage.getItem(key)!).plan;
    }
    return null;
  });
  expect(plan.thresholds.at_risk_lag).toBe(12.5);
  expect(plan.thresholds.lagging_lag).toBe(1250);
  // Shown again as typed numbers are: plain, with a decimal point.
  await page.reload();
  await expect(atRisk).toHaveValue('12.5');
});
