import { test, expect, Page } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';
import { goTo } from './header';

const HOME = './?view=tasks&lang=en&today=2023-09-30';
const TASK = 'Deliver the 165 key tasks for transformation and development';
const TASK_URL = './?view=task&id=t-1-1&lang=en&today=2023-09-30';

/** Open the sample and go to task 1.1 through its title in the task list. */
async function openTask(page: Page, title = TASK) {
  await page.goto(HOME);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const link = page.getByRole('link', { name: title, exact: true });
  if ((await link.count()) > 0) {
    await link.first().click();
  } else {
    await page.goto(TASK_URL);
  }
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
}

function taskProgress(page: Page) {
  return page.locator('.task-facts').getByRole('progressbar');
}

async function report(page: Page, progress: string, narrative: string) {
  await page.getByRole('button', { name: 'Report progress' }).click();
  await expect(page.getByLabel('Report date', { exact: true })).toHaveValue('2023-09-30');
  await page.getByLabel('Progress (%)', { exact: true }).fill(progress);
  await page.getByLabel('Reported status', { exact: true }).selectOption({ label: 'On track' });
  await page.getByLabel('Progress made', { exact: true }).fill(narrative);
  await page.getByLabel('Problems met', { exact: true }).fill('Two cities reported late');
  await page.getByLabel('Next steps', { exact: true }).fill('Circulate the Q3 report');
  await page.getByLabel('Evidence (link or description)', { exact: true }).fill('https://example.org/q3-report');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(page.locator('.report-form')).toHaveCount(0);
}

test('progress reports: newest first, undo, withdraw with a reason, and all kept after reload', async ({ page }) => {
  await openTask(page);
  await expect(taskProgress(page)).toHaveAttribute('aria-valuenow', '70');
  const reports = page.locator('li.report');
  const before = await reports.count();

  await report(page, '75', 'First report of the day');
  await report(page, '80', 'Second report of the day');
  await expect(reports).toHaveCount(before + 2);
  await expect(reports.nth(0)).toContainText('Second report of the day');
  await expect(reports.nth(1)).toContainText('First report of the day');
  await expect(taskProgress(page)).toHaveAttribute('aria-valuenow', '80');
  // Evidence that is a web address is a safe link.
  const evidence = reports.nth(0).getByRole('link', { name: 'https://example.org/q3-report' });
  await expect(evidence).toHaveAttribute('rel', 'noopener noreferrer');

  // Undo takes the second report away again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(reports).toHaveCount(before + 1);
  await expect(page.locator('.ledger')).not.toContainText('Second report of the day');
  await expect(taskProgress(page)).toHaveAttribute('aria-valuenow', '75');

  await report(page, '80', 'Second report of the day');
  await expect(reports.nth(0)).toContainText('Second report of the day');

  // Withdrawing asks for a reason first.
  const newest = reports.nth(0);
  await newest.getByRole('button', { name: /^Withdraw/ }).click();
  await newest.getByRole('button', { name: 'Withdraw report' }).click();
  await expect(newest.locator('.field-error')).toContainText('required');
  await newest.getByLabel('Reason for withdrawal', { exact: true }).fill('Figure entered twice');
  await newest.getByRole('button', { name: 'Withdraw report' }).click();
  await expect(page.getByRole('status')).toContainText('Report withdrawn');
  await expect(newest).toContainText('Withdrawn');
  await expect(newest).toContainText('Reason: Figure entered twice');
  // No name is set in this browser: the note says when, not "by" nobody.
  await expect(newest.locator('.withdrawn-note')).toHaveText('Withdrawn on 2023-09-30. Reason: Figure entered twice');
  // The report stays listed; the progress falls back to the latest standing one.
  await expect(reports).toHaveCount(before + 2);
  await expect(taskProgress(page)).toHaveAttribute('aria-valuenow', '75');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TASK);
  await expect(reports).toHaveCount(before + 2);
  await expect(reports.nth(0)).toContainText('Second report of the day');
  await expect(reports.nth(0)).toContainText('Reason: Figure entered twice');
  await expect(reports.nth(1)).toContainText('First report of the day');
  await expect(reports.nth(1)).not.toContainText('Withdrawn');
  await expect(taskProgress(page)).toHaveAttribute('aria-valuenow', '75');

  // A withdrawn report can be reinstated.
  await reports.nth(0).getByRole('button', { name: /^Reinstate/ }).click();
  await expect(page.getByRole('status')).toContainText('Report reinstated');
  await expect(taskProgress(page)).toHaveAttribute('aria-valuenow', '80');
});

test('a report half written is not lost by going to another view, back, or reloading without a question', async ({ page }) => {
  await openTask(page);
  const asked: string[] = [];
  let answer = false;
  page.on('dialog', (d) => {
    asked.push(`${d.type()}: ${d.message()}`);
    void (answer ? d.accept() : d.dismiss());
  });
  await page.getByRole('button', { name: 'Report progress' }).click();
  const narrative = page.getByLabel('Progress made', { exact: true });
  await narrative.fill('Half of the Q3 round written');

  // Another view: the user is asked, and staying keeps the page and the typing.
  await goTo(page, 'Tasks');
  expect(asked).toEqual(['confirm: What you have typed in the open form and not saved will be lost. Leave this page anyway?']);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TASK);
  await expect(narrative).toHaveValue('Half of the Q3 round written');

  // The browser's back button asks too; staying keeps the address of the page shown.
  await page.goBack();
  await expect.poll(() => asked.length).toBe(2);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TASK);
  await expect(narrative).toHaveValue('Half of the Q3 round written');
  expect(page.url()).toContain('view=task&');

  // Reloading asks the browser's own question.
  answer = true;
  await page.reload();
  await expect.poll(() => asked[2]).toMatch(/^beforeunload/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(TASK);

  // Saved, the form asks nothing; typed again and agreed, the view changes.
  await report(page, '72', 'Q3 round');
  await goTo(page, 'Tasks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task list');
  expect(asked).toHaveLength(3);
  await page.goBack();
  await page.getByRole('button', { name: 'Report progress' }).click();
  await narrative.fill('Typed, then left on purpose');
  await goTo(page, 'Tasks');
  await expect.poll(() => asked.length).toBe(4);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task list');
});

test('a report lower than the one before is said under the form, and saved as typed when it is right', async ({ page }) => {
  await openTask(page);
  await expect(taskProgress(page)).toHaveAttribute('aria-valuenow', '70');
  await page.getByRole('button', { name: 'Report progress' }).click();
  const note = page.locator('.report-form .step-back');
  await expect(note).toHaveAttribute('aria-live', 'polite');
  await expect(note).toBeEmpty();
  // "7" typed for "75": said at once, not refused.
  await page.getByLabel('Progress (%)', { exact: true }).fill('7');
  await expect(note).toHaveText(
    /^Lower than the 70% reported on \d{4}-\d{2}-\d{2}\. Save if the work has gone back or that figure was wrong\.$/,
  );
  await expect(page.locator('#rp-progress-error')).toBeEmpty();
  await page.getByLabel('Progress (%)', { exact: true }).fill('75');
  await expect(note).toBeEmpty();
  // A figure corrected down is saved as typed.
  await page.getByLabel('Progress (%)', { exact: true }).fill('65');
  await expect(note).toContainText('Lower than the 70%');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(taskProgress(page)).toHaveAttribute('aria-valuenow', '65');

  // In Chinese too.
  await page.goto(TASK_URL.replace('lang=en', 'lang=zh-CN'));
  await page.getByRole('button', { name: '填报进展' }).click();
  await page.getByLabel('完成进度（%）', { exact: true }).fill('60');
  await expect(page.locator('.report-form .step-back')).toHaveText(
    /^低于 2023-09-30 报送的 65%。如进度确有回落或原数字有误，可照常保存。$/,
  );
});

test('a report dated after today, or before the plan starts, is refused: a year typed wrong is caught', async ({ page }) => {
  await openTask(page);
  const reports = page.locator('li.report');
  const before = await reports.count();
  await page.getByRole('button', { name: 'Report progress' }).click();
  await page.getByLabel('Report date', { exact: true }).fill('2024-09-28');
  await page.getByLabel('Progress (%)', { exact: true }).fill('40');
  await expect(page.locator('#rp-date-error')).toContainText(
    'a report cannot be dated after today (2023-09-30); check the year and month',
  );
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await expect(reports).toHaveCount(before);
  await page.getByLabel('Report date', { exact: true }).fill('2022-09-28');
  await expect(page.locator('#rp-date-error')).toContainText(
    'a report cannot be dated before the plan starts (2023-01-01); check the year',
  );
  await page.getByLabel('Report date', { exact: true }).fill('2023-09-28');
  await expect(page.locator('#rp-date-error')).toBeEmpty();
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(reports).toHaveCount(before + 1);

  // Report by unit refuses it too, in Chinese.
  await page.goto('./?view=report&unit=u-xiaodian&lang=zh-CN&today=2023-09-30');
  await page.getByLabel('填报日期', { exact: true }).fill('2033-09-28');
  await expect(page.locator('.bulk-form')).toContainText('填报日期不能晚于今天（2023-09-30），请核对年份和月份');
  // A year typed too early is caught as well: before the plan starts.
  await page.getByLabel('填报日期', { exact: true }).fill('2022-09-28');
  await expect(page.locator('.bulk-form')).toContainText('填报日期不能早于规划起始日（2023-01-01），请核对年份');
});

test('a task finished before it was first recorded: the report gives the day completed, and the light dates from it', async ({ page }) => {
  // Task 8.2 (due 2023-09-15) is overdue on 30 September; its unit says the
  // roads were finished on 12 September, before anyone recorded it.
  await page.goto('./?view=task&id=t-8-2&lang=en&today=2023-09-30');
  const light = page.locator('.task-facts .light').first();
  await expect(light).toContainText('15 days past the deadline');
  await page.getByRole('button', { name: 'Report progress' }).click();
  const completedOn = page.getByLabel('Day completed', { exact: true });
  // Asked only of a report that says completed.
  await expect(completedOn).toHaveCount(0);
  await page.getByLabel('Progress (%)', { exact: true }).fill('100');
  await page.getByLabel('Reported status', { exact: true }).selectOption({ label: 'Completed' });
  await expect(completedOn).toBeVisible();
  await expect(page.locator('#rp-completed-on-hint')).toContainText('Blank: the report date.');
  // Not after the report's own date.
  await completedOn.fill('2023-10-02');
  await expect(page.locator('#rp-completed-on-error')).toHaveText(
    "the day completed cannot be after the report's date (2023-09-30)",
  );
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await completedOn.fill('2023-09-12');
  await expect(page.locator('#rp-completed-on-error')).toBeEmpty();
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(light).toContainText('done on 2023-09-12');
  await expect(page.locator('li.report').first().locator('.report-completed-on')).toHaveText('completed on 2023-09-12');

  // After a reload, and in Chinese.
  await page.goto('./?view=task&id=t-8-2&lang=zh-CN&today=2023-09-30');
  await expect(page.locator('.task-facts .light').first()).toContainText('已于 2023-09-12 完成');
  await expect(page.locator('li.report').first().locator('.report-completed-on')).toHaveText('完成日期：2023-09-12');
  await page.getByRole('button', { name: '填报进展' }).click();
  await expect(page.getByLabel('进展状态', { exact: true }).locator('option:checked')).toHaveText('已完成');
  await expect(page.getByLabel('完成日期', { exact: true })).toHaveValue('');
});

test('report by unit: a row saying completed asks for the day completed, and the light dates from it', async ({ page }) => {
  // Xiaodian leads 8.2 (due 2023-09-15), overdue on 30 September; the
  // roads were finished on 12 September and are caught up on the sheet.
  await page.goto('./?view=report&unit=u-xiaodian&lang=en&today=2023-09-30');
  const row = page.getByRole('region', { name: 'Tasks this unit leads' }).getByRole('row', { name: /^8\.2 / });
  const doneOn = row.getByLabel(/^Day completed of 8\.2 /);
  // Asked only of a row that says completed.
  await expect(doneOn).toBeHidden();
  await row.getByLabel(/^New progress/).fill('100');
  await row.getByLabel(/^Status of/).selectOption({ label: 'Completed' });
  await expect(doneOn).toBeVisible();
  // Not after the sheet's report date, nor before the task started.
  await doneOn.fill('2023-10-02');
  await expect(row.locator('.field-error')).toHaveText("the day completed cannot be after the report's date (2023-09-30)");
  await expect(row.getByLabel(/^New progress/)).toHaveAttribute('aria-invalid', 'true');
  await doneOn.fill('2022-09-12');
  await expect(row.locator('.field-error')).toHaveText('Day completed: cannot be before 2023-03-01');
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await doneOn.fill('2023-09-12');
  await expect(row.locator('.field-error')).toBeEmpty();
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('status')).toContainText('1 report recorded');
  // The row is cleared; its status stays completed, its day blank again.
  await expect(doneOn).toHaveValue('');
  await expect(row.locator('td.current')).toContainText('done on 2023-09-12');

  await page.goto('./?view=task&id=t-8-2&lang=zh-CN&today=2023-09-30');
  await expect(page.locator('.task-facts .light').first()).toContainText('已于 2023-09-12 完成');
  await expect(page.locator('li.report').first().locator('.report-completed-on')).toHaveText('完成日期：2023-09-12');
});

test('a bad progress value is refused with a message next to the field', async ({ page }) => {
  await openTask(page);
  const reports = page.locator('li.report');
  const before = await reports.count();
  await page.getByRole('button', { name: 'Report progress' }).click();
  const progress = page.getByLabel('Progress (%)', { exact: true });
  await progress.fill('150');
  await expect(page.locator('#rp-progress-error')).toContainText('between 0 and 100');
  await expect(progress).toHaveAttribute('aria-invalid', 'true');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  // The keyboard is taken to the field refused, not left on Save.
  await expect(progress).toBeFocused();
  await progress.fill('abc');
  await expect(page.locator('#rp-progress-error')).toContainText('not a number');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.report-form')).toBeVisible();
  await expect(reports).toHaveCount(before);
  await progress.fill('');
  await expect(page.locator('#rp-progress-error')).toContainText('required');
  // A percent sign, as people type it, is accepted (half- or full-width).
  await progress.fill('35%');
  await expect(page.locator('#rp-progress-error')).toBeEmpty();
  await expect(progress).toHaveAttribute('aria-invalid', 'false');
  await progress.fill('35％');
  await expect(page.locator('#rp-progress-error')).toBeEmpty();
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(reports).toHaveCount(before + 1);
  await expect(reports.nth(0)).toContainText('35%');
});

test('editing the task: checked as typed, and a past deadline turns the light overdue', async ({ page }) => {
  await openTask(page);
  await page.getByRole('button', { name: 'Edit task' }).click();
  const deadline = page.getByLabel('Deadline', { exact: true });
  await deadline.fill('2022-12-01');
  await expect(page.locator('#tf-deadline-error')).toContainText('before the start date');
  await page.getByLabel('Weight', { exact: true }).fill('abc');
  await expect(page.locator('#tf-weight-error')).toContainText('not a number');
  await page.getByLabel('Weight', { exact: true }).fill('-1');
  await expect(page.locator('#tf-weight-error')).toContainText('negative');
  await page.getByLabel('Task number', { exact: true }).fill('1.2');
  await expect(page.locator('#tf-code-error')).toContainText('already used');
  await page.locator('.task-form').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');

  await page.getByLabel('Task number', { exact: true }).fill('1.1');
  await page.getByLabel('Weight', { exact: true }).fill('2.5');
  await deadline.fill('2023-09-15');
  await page.getByLabel('Leader in charge', { exact: true }).fill('Deputy Secretary-General Wang');
  await page.getByLabel('Tags (separated by commas)', { exact: true }).fill('assessment, supervision，2023');
  await page.locator('.task-form').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task saved');
  await expect(page.locator('.task-form')).toHaveCount(0);
  const facts = page.locator('.task-facts');
  await expect(facts.locator('.light')).toContainText('Overdue or lagging');
  await expect(facts.locator('.light')).toContainText('15 days past the deadline');
  await expect(facts).toContainText('2023-09-15');
  await expect(facts).toContainText('assessment, supervision, 2023');
  await expect(facts).toContainText('Deputy Secretary-General Wang');
  await expect(facts).toContainText('2.5');

  await page.reload();
  await expect(page.locator('.task-facts .light')).toContainText('15 days past the deadline');
});

test('a milestone can be added, marked done today and removed', async ({ page }) => {
  page.on('dialog', (d) => d.accept());
  await openTask(page);
  await page.getByRole('button', { name: 'Add milestone' }).click();
  await page.locator('.milestone-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#ms-new-name-error')).toContainText('required');
  await expect(page.locator('#ms-new-due-error')).toContainText('required');
  await page.getByLabel('Milestone', { exact: true }).fill('Mid-October progress check');
  await page.getByLabel('Due date', { exact: true }).fill('2023-10-16');
  await page.locator('.milestone-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Milestone saved');
  const item = page.locator('li.milestone').filter({ hasText: 'Mid-October progress check' });
  await expect(item).toContainText('Not done yet');
  await expect(item.locator('.light')).toContainText('due in 16 days');

  await item.getByRole('button', { name: /^Mark done today/ }).click();
  await expect(page.getByRole('status')).toContainText('Milestone marked done');
  await expect(item).toContainText('2023-09-30');
  await expect(item.locator('.light')).toContainText('Completed');

  await page.reload();
  await expect(item.locator('.light')).toContainText('done on 2023-09-30');
  await item.getByRole('button', { name: /^Remove/ }).click();
  await expect(page.getByRole('status')).toContainText('Milestone removed');
  await expect(item).toHaveCount(0);
});

test('a milestone past its due date and not done turns its task yellow until it is marked done', async ({ page }) => {
  await openTask(page);
  const facts = page.locator('.task-facts .light').first();
  await expect(facts).toContainText('On track');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  await page.getByLabel('Milestone', { exact: true }).fill('Mid-September inspection');
  await page.getByLabel('Due date', { exact: true }).fill('2023-09-20');
  await page.locator('.milestone-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Milestone saved');
  await expect(facts).toContainText('At risk');
  await expect(facts).toContainText('a milestone 10 days past due and not done');
  const added = page.locator('li.milestone').filter({ hasText: 'Mid-September inspection' });
  await expect(added.locator('.light')).toContainText('10 days past due, not marked done');
  // The task table says the same.
  await page.goto('./?lang=en&today=2023-09-30&view=tasks&q=165');
  const row = page.getByRole('row', { name: new RegExp(TASK) });
  await expect(row).toContainText('a milestone 10 days past due and not done');
  await openTask(page);
  const item = page.locator('li.milestone').filter({ hasText: 'Mid-September inspection' });
  await item.getByRole('button', { name: /^Mark done today/ }).click();
  await expect(page.getByRole('status')).toContainText('Milestone marked done');
  await expect(facts).toContainText('On track');
  // Done, and said to be done late.
  await expect(item).toContainText('Done on 2023-09-30');
  await expect(item.locator('.milestone-late')).toHaveText('(10 days late)');
});

test('deleting a task asks first, removes it from the overview, and undo brings it back', async ({ page }) => {
  const title = 'Push through the 50 key breakthrough tasks';
  page.on('dialog', (d) => d.accept());
  await openTask(page, title);
  await page.getByRole('button', { name: 'Delete task' }).click();
  await expect(page.getByRole('status')).toContainText('Task deleted');
  await expect(page.getByRole('heading', { name: 'Task list', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
  // Undo brings it back, reports and all; delete it again and it stays gone.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(1);
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('button', { name: 'Delete task' }).click();
  await expect(page.getByRole('status')).toContainText('Task deleted');
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toHaveCount(0);
  // The undo steps are kept with the plan: after the reload, Undo still
  // brings the deleted task back, and Redo deletes it again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(0);
});

test('the History brings back a deleted task after other changes and a reload', async ({ page }) => {
  const first = 'Push through the 50 key breakthrough tasks';
  const second = 'Deliver the 165 key tasks for transformation and development';
  page.on('dialog', (d) => d.accept());
  for (const title of [first, second]) {
    await openTask(page, title);
    await page.getByRole('button', { name: 'Delete task' }).click();
    await expect(page.getByRole('status')).toContainText('Task deleted');
  }
  await page.reload();
  await page.goto('./?view=history&lang=en&today=2023-09-30');
  // Undo would take back the second deletion first; the History brings back
  // the first one directly, reports and all.
  const button = page.getByRole('button', { name: new RegExp(`^Bring back: Deleted task “.*${first}”`) });
  await expect(button).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Bring back:/ })).toHaveCount(2);
  await button.click();
  await expect(page.getByRole('status')).toContainText(`Brought back: Deleted task`);
  await expect(button).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Undid a change to task/ })).toHaveCount(1);
  await page.goto(HOME);
  await expect(page.getByRole('link', { name: first, exact: true })).toHaveCount(1);
  await expect(page.getByRole('link', { name: second, exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: first, exact: true }).click();
  await expect(page.locator('ol.reports li.report').first()).toBeVisible();
  // Kept: after a reload the task is there, and Undo takes the bringing back away.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(first);
  await page.goto(HOME);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('link', { name: first, exact: true })).toHaveCount(0);
});

test('a task that is not in the plan says so', async ({ page }) => {
  await page.goto('./?view=task&id=no-such-task&lang=en&today=2023-09-30');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task not found');
  await expect(page.getByRole('link', { name: 'Back to the task list' })).toBeVisible();
});

test('screenshots of the task page in both languages', async ({ browser }) => {
  const dir = path.join('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  for (const lang of ['zh-CN', 'en']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`./?view=task&id=t-1-1&lang=${lang}&today=2023-09-30`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // One withdrawn report, so the marking shows.
    await page.locator('.ledger .section-actions button').click();
    await page.locator('#rp-progress').fill('72');
    await page.locator('#rp-narrative').fill(lang === 'en' ? 'Q3 figures collected.' : '三季度数据已汇总。');
    await page.locator('.report-form button[type=submit]').click();
    await page.locator('li.report').first().locator('.report-actions button').click();
    await page.locator('.withdraw-form input').fill(lang === 'en' ? 'Duplicate entry' : '重复填报');
    await page.locator('.withdraw-form button[type=submit]').click();
    await expect(page.locator('li.report.withdrawn')).toHaveCount(1);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(dir, `task-page-${lang}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('.task-actions button.primary').click();
    await page.locator('.ledger .section-actions button').click();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(dir, `task-forms-${lang}-${width}.png`), fullPage: true });
    }
    // At 390 px, each part on its own, to look at closely.
    for (const part of ['.task-head', '.task-form', '.task-facts', '.report-form', 'li.report.withdrawn']) {
      const name = part.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
      await page.locator(part).first().screenshot({ path: path.join(dir, `part-${name}-${lang}-390.png`) });
    }
    await context.close();
  }
});

test('milestones can be reordered, and undo puts the order back', async ({ page }) => {
  await page.goto(TASK_URL);
  const names = page.locator('li.milestone .milestone-name');
  const first = (await names.nth(0).textContent())!;
  const second = (await names.nth(1).textContent())!;
  await expect(page.getByRole('button', { name: `Move up ${first}` })).toBeDisabled();
  await page.getByRole('button', { name: `Move down ${first}` }).click();
  await expect(names.nth(0)).toHaveText(second);
  await expect(names.nth(1)).toHaveText(first);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(names.nth(0)).toHaveText(first);
});
