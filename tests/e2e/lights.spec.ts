import { test, expect, Page } from './fixtures';

// Lights that can be trusted from day one: in a county's new 2024 plan
// (quarterly reports, 15 grace days, so the first round is due by
// 03-31 + 15 = 04-15), a task added on 03-10 is grey "not reported", not red,
// though 69 of its 120 days (01-01 .. 04-30) are gone. The day after the
// round fell due it is red for the missing report; and when its unit reports
// it "at risk", both the unit's word and the computed light are shown.

const KEY = 'plan-tracker/v1/plan/county-2024';
const NEW_TASK = 'Open the county service hall';

const countyPlan = {
  format: 'plan-tracker/plan',
  version: 1,
  plan: {
    id: 'county-2024',
    title: 'County 2024 key tasks',
    level: 'county',
    issuer: 'County Supervision Office',
    start: '2024-01-01',
    end: '2024-12-31',
    cadence: 'quarterly',
    grace_days: 15,
    goals: [{ id: 'g1', title: 'Better services', description: '' }],
    areas: [{ id: 'a1', title: 'Government services', description: '', goal: 'g1' }],
    units: [{ id: 'u1', name: 'County Service Bureau', kind: 'department' }],
  },
};

async function openCounty(page: Page, today: string, view = '') {
  await page.goto(`./?lang=en&today=${today}${view}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const plan = page.getByRole('combobox', { name: 'Plan', exact: true });
  await expect(plan.locator('option:checked')).toHaveText('County 2024 key tasks');
}

/** The county's plan (`plan`, or a variant of it) stored as the plan
 *  opened, then its tasks opened on `today`. */
async function storeCounty(page: Page, today: string, plan: object = countyPlan) {
  await page.goto(`./?lang=en&today=${today}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(
    ([k, v]) => {
      localStorage.setItem(k, v);
      localStorage.setItem('plan-tracker/v1/current', JSON.stringify('county-2024'));
    },
    [KEY, JSON.stringify(plan)],
  );
  await openCounty(page, today, '&view=tasks');
}

function light(page: Page) {
  return page.locator('.task-facts .light').first();
}

test('a task added before the first round is due is grey, not red', async ({ page }) => {
  await storeCounty(page, '2024-03-10');

  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: /^More details/ }).click();
  await page.getByLabel('Task number', { exact: true }).fill('1.1');
  await page.getByLabel('Title', { exact: true }).fill(NEW_TASK);
  await page.getByLabel('Key area', { exact: true }).selectOption({ label: 'Government services' });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ label: 'County Service Bureau' });
  await page.getByLabel('Deadline', { exact: true }).fill('2024-04-30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');

  // In the table: grey, with the day its first report is due.
  const row = page.getByRole('row', { name: new RegExp(NEW_TASK) });
  await expect(row).toContainText('Not reported');
  await expect(row).toContainText('not reported yet — first report due 2024-04-15');
  await expect(row).not.toContainText('Overdue or lagging');

  // On the dashboard: nothing red, and the panel beside the counts says the same 1.
  await openCounty(page, '2024-03-10');
  const shares = page.getByRole('region', { name: 'Tasks by status' });
  await expect(shares.getByRole('link', { name: 'Not reported 1 100%' })).toBeVisible();
  await expect(shares.getByRole('link', { name: 'Overdue or lagging 0 0%' })).toBeVisible();
  const red = page.getByRole('region', { name: 'Red list' });
  await expect(red.getByRole('link', { name: '0 red tasks' })).toBeVisible();
  const grey = page.getByRole('region', { name: 'Not reported', exact: true });
  await expect(grey.getByRole('link', { name: '1 task not reported' })).toBeVisible();
  await expect(grey.getByRole('listitem')).toContainText('first report due 2024-04-15');

  // How lights are set, in the plan's own settings.
  const help = shares.getByRole('group');
  await shares.getByText('How lights are set').click();
  await expect(help).toContainText('Reporting cadence: Quarterly, with 15 grace days');
  await expect(help).toContainText('for a task starting on 2024-01-01, by 2024-04-15');
  await expect(help).toContainText('more than 25 percentage points behind');
  await expect(help.getByRole('link', { name: 'Goals & areas' })).toBeVisible();

  // The day after the round fell due: red for the missing report
  // (106 of 120 days gone: 88% expected).
  await openCounty(page, '2024-04-16', '&view=tasks');
  await page.getByRole('link', { name: NEW_TASK }).click();
  await expect(light(page)).toContainText('Overdue or lagging');
  await expect(light(page)).toContainText('no report since due on 2024-04-15; 88% expected by now');

  // The unit reports 20% "at risk": still red (68 points behind), and its own word is shown.
  await page.getByRole('button', { name: 'Report progress' }).click();
  await page.getByLabel('Progress (%)', { exact: true }).fill('20');
  await page.getByLabel('Reported status', { exact: true }).selectOption({ label: 'At risk' });
  await page.getByLabel('Progress made', { exact: true }).fill('Hall fitted out');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(light(page)).toContainText('reported At risk; shown red — lagging: 20% done, 88% expected by now');

  // The red list says the same.
  await openCounty(page, '2024-04-16');
  const redItem = page.getByRole('region', { name: 'Red list' }).getByRole('listitem').first();
  await expect(redItem).toContainText('reported At risk; shown red');
});

/** The county plan, reported monthly, with NEW_TASK added through the form on 10 May (with `deadline`, if given). */
async function addInMay(page: Page, deadline?: string) {
  const monthly = { ...countyPlan, plan: { ...countyPlan.plan, cadence: 'monthly' } };
  await storeCounty(page, '2024-05-10', monthly);
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByLabel('Title', { exact: true }).fill(NEW_TASK);
  await page.getByLabel('Key area', { exact: true }).selectOption({ label: 'Government services' });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ label: 'County Service Bureau' });
  if (deadline) {
    await page.getByLabel('Deadline', { exact: true }).fill(deadline);
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
}

test('a task added in May to a plan running since January owes reports from May, not January', async ({ page }) => {
  // Monthly reports: January's report fell due on 15 February, long before
  // the clerk entered the task on 10 May.
  await addInMay(page, '2024-12-31');
  const row = page.getByRole('row', { name: new RegExp(NEW_TASK) });
  await expect(row).toContainText('not reported yet — first report due 2024-06-15');
  await expect(row).not.toContainText('Overdue or lagging');

  // Reloaded (the day it was added is kept with the plan), and after the
  // day its May report fell due: red for the missing report.
  await openCounty(page, '2024-06-16', '&view=tasks');
  await expect(page.getByRole('row', { name: new RegExp(NEW_TASK) })).toContainText('no report since due on 2024-06-15');
});

test('a task with no deadline (long-term) has no schedule: grey for a missing report, green once reported', async ({ page }) => {
  await addInMay(page);
  // In October, never reported: grey, its report missing; not red for
  // lagging behind a schedule it does not have.
  await openCounty(page, '2024-10-20', '&view=tasks');
  const row = page.getByRole('row', { name: new RegExp(NEW_TASK) });
  await expect(row).toContainText('report missing since 2024-06-15');
  await expect(row).not.toContainText('Overdue or lagging');
  await row.getByRole('link', { name: NEW_TASK }).click();
  await page.getByRole('button', { name: 'Report progress' }).click();
  await page.getByLabel('Progress (%)', { exact: true }).fill('30');
  await page.getByLabel('Progress made', { exact: true }).fill('Hall open two days a week');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(light(page)).toContainText('30% done; ongoing, no deadline set');
});

test('the help text in Chinese', async ({ page }) => {
  await page.goto('./?lang=zh-CN&today=2023-09-30');
  const shares = page.getByRole('region', { name: '任务状态分布' });
  await shares.getByText('亮灯规则说明').click();
  await expect(shares.getByRole('group')).toContainText('报送周期为每月，每个报告期结束后宽限 15 天');
  await expect(shares.getByRole('group')).toContainText('2023-01-01 开始的任务，应于 2023-02-15 前首次报送');
});
