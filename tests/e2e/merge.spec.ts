import { test, expect, Page, Browser, Locator } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';

// A unit downloads "my report" for a period; the plan office merges many
// of them into its plan, resolving conflicts, as one undoable change.

const Q = '?lang=en&today=2023-09-30';
const PLAN_KEY = 'plan-tracker/v1/plan/sample-shanxi-2023';
const EXPORT = 'Send my report to the plan office';

/** The "Report by unit" view of a unit, with its export section. */
async function openExport(page: Page, unit: string) {
  await page.goto(`./${Q}&view=report&unit=${unit}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report by unit');
  const section = page.getByRole('region', { name: EXPORT });
  await expect(section).toBeVisible();
  return section;
}

/** Download a unit's report for the quarter of today; returns the saved path. */
async function download(page: Page, unit: string, dir: string): Promise<string> {
  const section = await openExport(page, unit);
  await section.getByLabel('Period type').selectOption('quarter');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download my report' }).click(),
  ]);
  const saved = path.join(dir, file.suggestedFilename());
  await file.saveAs(saved);
  await expect(page.getByRole('status')).toContainText(`Saved ${file.suggestedFilename()}`);
  return saved;
}

/** The sample plan as stored, changed by `edit`, stored again in a fresh context. */
async function freshPlan(browser: Browser, sampleText: string, edit: (plan: any) => void) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`./${Q}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const file = JSON.parse(sampleText);
  edit(file.plan);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [PLAN_KEY, JSON.stringify(file)]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { context, page };
}

const inQ3 = (date: string) => date >= '2023-07-01' && date <= '2023-09-30';

/** Drop the sample's Q3 reports and Q3 indicator values. */
function withoutQ3(plan: any) {
  plan.updates = plan.updates.filter((u: any) => !inQ3(u.date));
  for (const i of plan.indicators) {
    i.actuals = i.actuals.filter((a: any) => a.period !== '2023-Q3');
  }
}

async function importFiles(page: Page, files: string[]) {
  await page.getByLabel('Open a plan file', { exact: false }).setInputFiles(files);
}

/** The progress reports listed on a task page. */
function ledger(page: Page) {
  return page.getByRole('region', { name: 'Progress ledger' }).getByRole('listitem');
}

/** The count shown beside a label in the merge preview. */
function count(step: Locator, label: string) {
  return step.getByRole('listitem').filter({ hasText: label });
}

test('a unit downloads its Q3 report, and the counts follow the period', async ({ page }, info) => {
  const section = await openExport(page, 'u-xiaodian');
  // Default: the period of the plan's cadence (monthly) that today's round
  // answers (2023-09-30: September).
  await expect(section.getByLabel('Period type')).toHaveValue('month');
  await expect(section.getByLabel('Period', { exact: true })).toHaveValue('2023-09');
  await section.getByLabel('Period type').selectOption('quarter');
  await expect(section.getByLabel('Period', { exact: true })).toHaveValue('2023-Q3');
  // Xiaodian leads tasks and projects with 12 reports dated
  // July to September; the two key-task indicators have Q3 values.
  // Xiaodian's own completion report on 8.2 and reply to notice 5 go too.
  await expect(section).toContainText('The file holds 12 progress reports, 2 indicator values, and 2 supervision steps and replies.');
  await section.getByLabel('Period', { exact: true }).selectOption('2023-Q2');
  await expect(section).toContainText('2 indicator values.');
  await section.getByLabel('Period type').selectOption('year');
  await expect(section.getByLabel('Period', { exact: true })).toHaveValue('2023');
  await section.getByLabel('Period type').selectOption('quarter');
  await expect(section.getByLabel('Period', { exact: true })).toHaveValue('2023-Q3');

  // A period the unit did not report in holds nothing: the file is not
  // offered, and the period of its latest reports is.
  await section.getByLabel('Period type').selectOption('month');
  await section.getByLabel('Period', { exact: true }).selectOption('2023-12');
  await expect(section).toContainText(
    'Nothing to send for December 2023: this unit has no progress report, indicator value or reply in it. Its latest reports are for September 2023.',
  );
  await expect(section.getByRole('button', { name: 'Download my report' })).toBeDisabled();
  await section.getByRole('button', { name: 'Choose September 2023' }).click();
  await expect(section.getByLabel('Period type')).toHaveValue('month');
  await expect(section.getByLabel('Period', { exact: true })).toHaveValue('2023-09');
  await expect(section.getByRole('button', { name: 'Download my report' })).toBeEnabled();
  await section.getByLabel('Period type').selectOption('quarter');

  // The report sheet above is still there.
  await expect(page.getByRole('button', { name: 'Save all' })).toBeVisible();

  const saved = await download(page, 'u-xiaodian', info.outputPath());
  expect(path.basename(saved)).toMatch(/2023-Q3\.report\.json$/);
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  expect(file.format).toBe('plan-tracker/unit-report');
  expect(file.version).toBe(2);
  expect(file.report.plan).toBe('sample-shanxi-2023');
  expect(file.report.unit).toBe('u-xiaodian');
  expect(file.report.period).toBe('2023-Q3');
  expect(file.report.updates).toHaveLength(12);
  // A task's reports are its lead unit's to send: none on the tasks it
  // co-operates on (8.2 is its own; 2.1 is Taiyuan's).
  const tasks = file.report.updates.map((u: any) => u.subject.id);
  expect(tasks).toContain('t-8-2');
  expect(tasks).not.toContain('t-2-1');
  expect(file.report.values.map((v: any) => `${v.indicator} ${v.period} ${v.value}`).sort()).toEqual([
    'i-key-breakthrough 2023-Q3 31',
    'i-key-tasks 2023-Q3 118',
  ]);
  expect(file.report.exported_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('a unit file that holds nothing is said to hold nothing, not to hold what the plan has', async ({ page }, info) => {
  await page.goto(`./${Q}`);
  const saved = info.outputPath('u-xiaodian-2023-12.report.json');
  const report = {
    plan: 'sample-shanxi-2023', plan_title: 'x', unit: 'u-xiaodian', unit_name: 'Xiaodian', period: '2023-12',
    by: '', exported_at: '2023-12-01T08:00:00Z', updates: [], values: [], steps: [], replies: [],
  };
  fs.writeFileSync(saved, JSON.stringify({ format: 'plan-tracker/unit-report', version: 2, report }));
  await importFiles(page, [saved]);
  const step = page.getByRole('region', { name: 'Merge a unit report' });
  await expect(step).toContainText('Nothing to merge: these files hold no progress report, indicator value or reply.');
  await expect(step).not.toContainText('Nothing new');
});

test('a unit file that breaks a rule is refused, its report named by the task as the plan has it', async ({ page }, info) => {
  const saved = await download(page, 'u-xiaodian', info.outputPath());
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  const report = file.report.updates.find((u: any) => u.subject.id === 't-8-2');
  report.progress = 140;
  fs.writeFileSync(saved, JSON.stringify(file));
  const before = await page.evaluate((k) => localStorage.getItem(k), PLAN_KEY);
  await importFiles(page, [saved]);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file breaks 1 rule.');
  // The file holds the task's id; the plan open gives its code and title.
  await expect(alert).toContainText(`progress report “8.2 `);
  await expect(alert).toContainText(` · ${report.date}”`);
  await expect(alert).not.toContainText('t-8-2');
  expect(await page.evaluate((k) => localStorage.getItem(k), PLAN_KEY)).toBe(before);
});

test('the plan office merges two unit reports once, as one undoable change', async ({ page, browser }, info) => {
  const dir = info.outputPath();
  const xiaodian = await download(page, 'u-xiaodian', dir);
  const taiyuan = await download(page, 'u-taiyuan', dir);
  const sample = (await page.evaluate((k) => localStorage.getItem(k), PLAN_KEY))!;

  const office = await freshPlan(browser, sample, withoutQ3);
  const p = office.page;
  // Task 2.1 has no Q3 report yet: its latest is April's 25%.
  await p.goto(`./${Q}&view=task&id=t-2-1`);
  await expect(p.getByRole('heading', { level: 1 })).toContainText('Meet the annual investment plan targets');
  await expect(ledger(p).filter({ hasText: '2023-09-26' })).toHaveCount(0);

  await importFiles(p, [xiaodian, taiyuan]);
  const step = p.getByRole('region', { name: 'Merge 2 unit reports' });
  await expect(step).toBeVisible();
  const files = step.getByRole('table', { name: 'Files' });
  await expect(files.getByRole('row')).toHaveCount(3);
  await expect(files.getByRole('row', { name: /Xiaodian District People/ })).toContainText('12 reports, 2 values');
  await expect(files.getByRole('row', { name: /Taiyuan Municipal/ })).toContainText('13 reports, 2 values');
  await expect(files.getByRole('row', { name: /Taiyuan Municipal/ })).toContainText('This plan');
  // 12 + 13 reports, each on a task its unit leads: 25 new; the 2 values
  // come in both files.
  // The files also carry the units' own supervision steps and replies of
  // the quarter, which the office's plan holds already: Xiaodian's
  // completion report on 8.2 and reply to notice 5, Taiyuan's completion
  // report on 6.3 and replies to notices 2 and 4.
  await expect(count(step, 'New progress reports')).toContainText('25');
  await expect(count(step, 'New indicator values')).toContainText('2');
  await expect(count(step, 'Steps and replies to record')).toContainText('0');
  await expect(count(step, 'Already here, counted once')).toContainText('7');
  await expect(count(step, 'Conflicts to resolve')).toContainText('0');
  await expect(count(step, 'Not in this plan, not merged')).toContainText('0');
  // The note counts what "Already here" counts: reports, values, and the
  // units' supervision steps and replies already recorded.
  await expect(count(step, 'Already here, counted once')).toContainText('7');
  await expect(step).toContainText('2 values and 5 supervision steps and replies are already in the plan');
  // The compact list: task 2.1 has two new reports, linked to its page;
  // the link opens the page in place and the step stays open.
  const name = /^2\.1 Meet the annual/;
  await expect(step.getByRole('listitem').filter({ has: p.getByRole('link', { name }) })).toContainText('2 reports');
  const link = step.getByRole('link', { name });
  await expect(step.getByRole('listitem').filter({ hasText: 'Key tasks completed' })).toContainText('Q3 2023');
  await link.click();
  await expect(p).toHaveURL(/view=task&id=t-2-1/);

  await step.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(p.getByRole('status')).toHaveText(
    /Merged: 25 reports added, 2 values added, 7 already here, 0 conflicts resolved\./,
  );
  await expect(step).toHaveCount(0);
  // The task page shows the merged reports at once; one undo takes the
  // whole merge back, redo brings it again.
  await expect(ledger(p).filter({ hasText: '2023-09-26' })).toHaveCount(1);
  await expect(ledger(p).filter({ hasText: '2023-07-10' })).toHaveCount(1);
  await p.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(ledger(p).filter({ hasText: '2023-09-26' })).toHaveCount(0);
  await p.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(ledger(p).filter({ hasText: '2023-09-26' })).toHaveCount(1);

  // Saved: still there after a reload; the history has the merge as one
  // entry of 25 reports and 2 indicators (then its undo and redo).
  await p.reload();
  await expect(ledger(p).filter({ hasText: '2023-09-26' })).toHaveCount(1);
  await p.goto(`./${Q}&view=history`);
  const merges = p.getByRole('main').getByRole('table').getByRole('row').filter({ hasText: '27 items' });
  await expect(merges).toHaveCount(3);
  // Each names the files it came in (全程留痕: what came from which unit).
  for (const i of [0, 1, 2]) {
    await expect(merges.nth(i)).toContainText(
      `merged from ${path.basename(xiaodian)} and ${path.basename(taiyuan)}`,
    );
  }

  // The same files again: everything is already here, and nothing changes.
  await importFiles(p, [xiaodian, taiyuan]);
  await expect(count(step, 'New progress reports')).toContainText('0');
  await expect(count(step, 'New indicator values')).toContainText('0');
  await expect(count(step, 'Already here, counted once')).toContainText('34');
  await expect(step).toContainText('Nothing new');
  await step.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(p.getByRole('status')).toContainText('Nothing to add: 34 already here.');
  await expect(merges).toHaveCount(3);

  // Cancel changes nothing either.
  await importFiles(p, [xiaodian]);
  const one = p.getByRole('region', { name: 'Merge a unit report' });
  await one.getByRole('button', { name: 'Cancel' }).click();
  await expect(one).toHaveCount(0);
  await expect(merges).toHaveCount(3);
  await office.context.close();
});

test('a report the unit withdrew after sending it is withdrawn in the office when its file is merged', async ({ page, browser }, info) => {
  await page.goto(`./${Q}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const sample = (await page.evaluate((k) => localStorage.getItem(k), PLAN_KEY))!;
  // The office holds the approval bureau's report of 27 September on 8.1
  // (70%), as the unit sent it.
  const office = await freshPlan(browser, sample, () => {});
  // The unit withdraws that report in its own browser, then sends its
  // quarter's file again.
  await page.goto(`./${Q}&view=task&id=t-8-1`);
  const newest = ledger(page).filter({ hasText: '2023-09-27' });
  await newest.getByRole('button', { name: /^Withdraw/ }).click();
  await newest.getByLabel('Reason for withdrawal', { exact: true }).fill('Typed on the wrong task');
  await newest.getByRole('button', { name: 'Withdraw report' }).click();
  await expect(page.getByRole('status')).toContainText('Report withdrawn');
  const section = await openExport(page, 'u-xd-approval');
  await section.getByLabel('Period type').selectOption('quarter');
  // It carries its two withdrawals of the quarter (28 August's, in the
  // sample, and this one) beside its standing reports.
  await expect(section).toContainText('It also carries 2 reports this unit withdrew');
  const saved = await download(page, 'u-xd-approval', info.outputPath());

  const p = office.page;
  await p.goto(`./${Q}&view=task&id=t-8-1`);
  await expect(ledger(p).filter({ hasText: '2023-09-27' })).not.toContainText('Withdrawn');
  await importFiles(p, [saved]);
  const step = p.getByRole('region', { name: 'Merge a unit report' });
  await expect(count(step, 'Withdrawn by their units')).toContainText('1');
  const withdrawn = step.getByRole('region', { name: 'Withdrawn by their units' });
  await expect(withdrawn).toContainText('Report of 2023-09-27 on 8.1');
  await expect(withdrawn).toContainText('Reason: Typed on the wrong task');
  await step.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(p.getByRole('status')).toContainText('1 report withdrawn');
  const merged = ledger(p).filter({ hasText: '2023-09-27' });
  await expect(merged).toContainText('Withdrawn');
  await expect(merged).toContainText('Reason: Typed on the wrong task');
  // One undo takes the withdrawal back.
  await p.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(merged).not.toContainText('Withdrawn');
  await p.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(merged).toContainText('Withdrawn');
  // The same file again changes nothing.
  await importFiles(p, [saved]);
  await expect(count(step, 'Withdrawn by their units')).toContainText('0');
  await step.getByRole('button', { name: 'Cancel' }).click();

  // In Chinese, after the merge is undone, the same step names the withdrawal.
  await p.goto(`./?lang=zh-CN&today=2023-09-30&view=task&id=t-8-1`);
  await p.getByRole('button', { name: '撤销', exact: true }).click();
  const zhLedger = p.getByRole('region', { name: '进展台账' }).getByRole('listitem').filter({ hasText: '2023-09-27' });
  await expect(zhLedger).not.toContainText('已撤回');
  await p.getByLabel('打开规划文件', { exact: false }).setInputFiles([saved]);
  const zhStep = p.getByRole('region', { name: /汇总单位报送/ });
  await expect(count(zhStep, '报送单位已撤回')).toContainText('1');
  await expect(zhStep.getByRole('region', { name: '报送单位已撤回' })).toContainText('原因：Typed on the wrong task');
  await zhStep.getByRole('button', { name: '确认汇总' }).click();
  await expect(p.getByRole('status')).toContainText('撤回进展报告 1 条');
  await expect(zhLedger).toContainText('已撤回');
  await office.context.close();
});

test('conflicting values and reports are shown side by side and resolved both ways', async ({ page, browser }, info) => {
  const xiaodian = await download(page, 'u-xiaodian', info.outputPath());
  const taiyuan = await download(page, 'u-taiyuan', info.outputPath());
  const sample = (await page.evaluate((k) => localStorage.getItem(k), PLAN_KEY))!;
  const office = await freshPlan(browser, sample, (plan) => {
    // The office holds another figure for Q3 key tasks, and a report of
    // task 2.1 with other words under the same id.
    plan.indicators.find((i: any) => i.id === 'i-key-tasks').actuals.find((a: any) => a.period === '2023-Q3').value = 100;
    plan.updates.find((u: any) => u.id === 'r-2-1-c').narrative = 'Recorded by the office by telephone';
  });
  const p = office.page;
  // Both units send the same Q3 figure, and Taiyuan the report on 2.1:
  // each disagreement is listed once, with the files it came in.
  await importFiles(p, [xiaodian, taiyuan]);
  let step = p.getByRole('region', { name: 'Merge 2 unit reports' });
  await expect(count(step, 'Conflicts to resolve')).toContainText('2');
  // Xiaodian: 12 reports and 1 value as here; Taiyuan: 12 and 1; and the
  // five supervision steps and replies of the quarter.
  await expect(count(step, 'Already here, counted once')).toContainText('31');
  await expect(step.getByRole('listitem').filter({ has: p.getByRole('heading') })).toHaveCount(2);

  const value = step.getByRole('table', { name: 'Key tasks completed, Q3 2023' });
  await expect(value.getByRole('columnheader')).toHaveText(['Item', 'In this plan', 'Incoming']);
  // The value came in both files; the report in Taiyuan's, 2.1's lead.
  await expect(step.getByText(/^Sent in Xiaodian District People.*2023-Q3\.report\.json, Taiyuan Municipal.*\.report\.json$/)).toHaveCount(1);
  await expect(step.getByText(/^Sent in Taiyuan Municipal.*2023-Q3\.report\.json$/)).toHaveCount(1);
  await expect(value.getByRole('row', { name: /Value/ })).toContainText('(differs)');
  await expect(value.getByRole('row', { name: /Value/ }).getByRole('cell')).toHaveText(['100', '118']);
  const report = step.getByRole('table', { name: /Report of \d{4}-\d{2}-\d{2} on 2\.1 Meet the annual/ });
  await expect(report.getByRole('row', { name: /Progress made/ })).toContainText('Recorded by the office by telephone');
  await expect(report.getByRole('row', { name: /Progress made/ })).toContainText('(differs)');
  await expect(report.getByRole('row', { name: /^Progress\b(?! made)/ }).getByRole('cell')).toHaveText(['68%', '68%']);

  // First time: keep the office's value, keep both reports.
  const valueChoice = p.getByRole('group', { name: /Key tasks completed, Q3 2023/ });
  const reportChoice = p.getByRole('group', { name: /Report of \d{4}-\d{2}-\d{2} on 2\.1 Meet the annual/ });
  await expect(valueChoice.getByRole('radio', { name: 'Keep current' })).toBeChecked();
  await reportChoice.getByRole('radio', { name: 'Keep both' }).check();
  await step.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(p.getByRole('status')).toHaveText(
    /Merged: 1 report added, 31 already here, 2 conflicts resolved\./,
  );
  await p.goto(`./${Q}&view=task&id=t-2-1`);
  await expect(p.getByText('Recorded by the office by telephone')).toBeVisible();
  await expect(ledger(p).filter({ hasText: '2023-09-26' })).toHaveCount(2);

  // Second time, Taiyuan's file (2.1 is its task): "use incoming for
  // all", then keep the current report.
  await importFiles(p, [taiyuan]);
  step = p.getByRole('region', { name: 'Merge a unit report' });
  await expect(count(step, 'Conflicts to resolve')).toContainText('2');
  await step.getByRole('button', { name: 'Use incoming for all (reports: keep both)' }).click();
  await expect(valueChoice.getByRole('radio', { name: 'Take incoming' })).toBeChecked();
  await reportChoice.getByRole('radio', { name: 'Keep current' }).check();
  await step.getByRole('button', { name: 'Merge', exact: true }).click();
  // Already here: 12 reports, 1 value, and Taiyuan's completion report and two replies.
  await expect(p.getByRole('status')).toHaveText(
    /Merged: 0 reports added, 1 value replaced, 16 already here, 2 conflicts resolved\./,
  );
  await expect(ledger(p).filter({ hasText: '2023-09-26' })).toHaveCount(2);
  const stored = JSON.parse((await p.evaluate((k) => localStorage.getItem(k), PLAN_KEY))!);
  const q3 = stored.plan.indicators.find((i: any) => i.id === 'i-key-tasks').actuals.find((a: any) => a.period === '2023-Q3');
  expect(q3.value).toBe(118);
  await office.context.close();
});

test('a co-operating unit\'s file cannot withdraw or add reports on a task another unit leads', async ({ page }, info) => {
  // Taiyuan co-operates on 8.2, which Xiaodian leads: its file carries
  // no report on 8.2; one made by hand that withdraws Xiaodian's report
  // of 18 August and adds one of its own is refused, item by item.
  const saved = await download(page, 'u-taiyuan', info.outputPath());
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  expect(file.report.updates.some((u: any) => u.subject.id === 't-8-2')).toBe(false);
  const plan = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PLAN_KEY))!).plan;
  const theirs = plan.updates.find((u: any) => u.id === 'r-8-2-b');
  file.report.updates.push(
    { ...theirs, withdrawn: { date: '2023-09-20', by: 'Taiyuan', reason: 'not ours' } },
    { ...theirs, id: 'r-taiyuan-8-2', date: '2023-09-21', progress: 95, narrative: 'Our own figure' },
  );
  fs.writeFileSync(saved, JSON.stringify(file));
  await importFiles(page, [saved]);
  const step = page.getByRole('region', { name: 'Merge a unit report' });
  const refused = step.getByRole('region', { name: 'Not merged' });
  await expect(refused.getByRole('listitem')).toHaveCount(2);
  await expect(refused.getByRole('listitem').first()).toContainText('Progress report of 2023-08-18 on “8.2 ');
  await expect(refused).toContainText("led by Xiaodian District People's Government, Taiyuan: only the lead unit's file adds or withdraws its reports");
  await expect(count(step, 'New progress reports')).toContainText('0');
  await step.getByRole('button', { name: 'Merge', exact: true }).click();
  // Xiaodian's report stands.
  await page.goto(`./${Q}&view=task&id=t-8-2`);
  await expect(ledger(page).filter({ hasText: '2023-08-18' })).not.toContainText('Withdrawn');
  await expect(ledger(page).filter({ hasText: 'Our own figure' })).toHaveCount(0);
});

test('a report for another plan is left out unless ticked; unknown tasks are listed, not merged', async ({ page }, info) => {
  const saved = await download(page, 'u-pianguan', info.outputPath());
  const file = JSON.parse(fs.readFileSync(saved, 'utf8'));
  file.report.plan = 'xinzhou-2023';
  file.report.plan_title = 'Xinzhou 2023 plan';
  file.report.updates.push({
    id: 'r-elsewhere', subject: { kind: 'task', id: 't-xinzhou-9' }, date: '2023-09-20', progress: 50, status: 'on_track',
    narrative: 'Reported elsewhere',
  });
  const foreign = path.join(info.outputPath(), 'xinzhou.report.json');
  fs.writeFileSync(foreign, JSON.stringify(file));

  await importFiles(page, [foreign]);
  const step = page.getByRole('region', { name: 'Merge a unit report' });
  const row = step.getByRole('row', { name: /xinzhou\.report\.json/ });
  await expect(row).toContainText('Another plan: “Xinzhou 2023 plan” (xinzhou-2023)');
  await expect(row).toContainText('Left out unless you tick it.');
  const box = row.getByRole('checkbox', { name: 'Merge xinzhou.report.json' });
  await expect(box).not.toBeChecked();
  await expect(step).toContainText('No file is included');
  await expect(step.getByRole('button', { name: 'Merge', exact: true })).toBeDisabled();

  await box.check();
  await expect(row).toContainText('Included at your word.');
  // Pianguan leads no task reported in Q3; its 2 values are in the sample already.
  await expect(count(step, 'Already here, counted once')).toContainText('2');
  await expect(count(step, 'Not in this plan, not merged')).toContainText('1');
  await expect(step.getByRole('region', { name: 'Not in this plan' })).toContainText('on task t-xinzhou-9');
  await step.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(
    /Merged: 0 reports added, 2 already here, 0 conflicts resolved, 1 not in this plan, not merged\./,
  );
});
