import { test, expect, Page } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';

// CSV out of the task table and back in, on the sample plan as of
// 2023-09-30. Searching "Qibin" shows 4 of the 44 tasks (2.2 to 2.5, all
// led by Qibin district bodies); sorted by number, descending, they are
// 2.5, 2.4, 2.3, 2.2.

const EN = './?view=tasks&lang=en&today=2023-09-30';
const ZH = './?view=tasks&lang=zh-CN&today=2023-09-30';
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'import');

/** Click the export button; the download is saved under its own name (import reads the `.csv` ending). */
async function exportCsv(page: Page): Promise<{ name: string; bytes: Buffer; file: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^(Export CSV|导出 CSV)$/ }).click(),
  ]);
  const name = download.suggestedFilename();
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  return { name, bytes: fs.readFileSync(file), file };
}

async function importCsv(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Import CSV|导入 CSV)$/ }).click();
  await (await chooser).setFiles(file);
}

test('the tasks shown export as CSV and come back into an empty plan', async ({ page }) => {
  await page.goto(EN);
  await page.getByLabel('Search tasks').fill('Qibin');
  await expect(page.getByText('4 of 44 tasks', { exact: true })).toBeVisible();
  const byNumber = page.getByRole('columnheader', { name: /No\./ }).getByRole('button');
  await byNumber.click();
  await byNumber.click();
  await expect(page.getByRole('columnheader', { name: /No\./ })).toHaveAttribute('aria-sort', 'descending');

  const out = await exportCsv(page);
  expect(out.name).toBe('Shanxi 2023 Transformation and Development Supervision Ledger (sample)-tasks.csv');
  expect([...out.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = out.bytes.toString('utf8').slice(1);
  const lines = text.split('\r\n');
  // The fixed columns, in order; the task's text columns follow them (their
  // headers are the fields' labels, checked natively in tests/csv.rs).
  expect(lines[0].split(',').slice(0, 17)).toEqual([
    'No.', 'Task', 'Key area', 'Lead unit', 'Co-operating units', 'Leader in charge', 'Tier',
    'Start date', 'Deadline', 'Progress (%)', 'Light', 'Light reason', 'Last report',
    'Latest progress', 'Problems', 'Next steps', 'Tags',
  ]);
  // Header, four tasks in the order shown, and nothing after the last CRLF.
  expect(lines.length).toBe(6);
  expect(lines.slice(1, 5).map((l) => l.split(',')[0])).toEqual(['2.5', '2.4', '2.3', '2.2']);
  const titles = await page.getByRole('table').locator('tbody th').allTextContents();
  const bars = page.getByRole('table').getByRole('progressbar');
  const progress = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow')));
  expect(progress).toHaveLength(4);

  // A new empty plan: it opens on its dashboard.
  await page.goto('./?view=plans&lang=en&today=2023-09-30');
  await page.getByRole('button', { name: 'New empty plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan title').fill('CSV round trip');
  await dialog.getByLabel('Period start').fill('2023-01-01');
  await dialog.getByLabel('Period end').fill('2023-12-31');
  await dialog.getByLabel('Level', { exact: true }).selectOption({ label: 'Province' });
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CSV round trip');
  await page.goto(EN);
  await expect(page.getByText('This plan has no tasks yet.')).toBeVisible();

  await importCsv(page, out.file);
  const step = page.getByRole('region', { name: /Import tasks from/ });
  await expect(step).toBeVisible();
  await expect(step.getByRole('heading', { level: 2 })).toBeFocused();
  // Mapped from the header on its own.
  await expect(step.getByLabel('Task', { exact: true })).toHaveValue('1');
  await expect(step.getByLabel('Deadline', { exact: true })).toHaveValue('8');
  await expect(step.getByLabel('Co-operating units', { exact: true })).toHaveValue('4');
  // The progress columns are read back as each task's latest report; the
  // light and its reason follow from them.
  await expect(step.getByLabel('Progress (%)', { exact: true })).toHaveValue('9');
  await expect(step.getByLabel('Latest progress', { exact: true })).toHaveValue('13');
  await expect(step.getByText('Columns not read: Column 11: Light; Column 12: Light reason')).toBeVisible();
  // Each of the four tasks has a report: it comes back as the task's first.
  await expect(step.getByText('4 tasks will be added and 0 updated, with 4 progress reports from the sheet\'s progress columns.')).toBeVisible();
  // The empty plan has no areas or units: they are added, and said so.
  await expect(step.getByText('New to this plan: 2 units and 1 key area.')).toBeVisible();
  const rows = step.getByRole('table', { name: 'Rows that will become tasks' }).getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1)).toContainText('2New2.5');
  await step.getByRole('button', { name: 'Add 4 tasks' }).click();

  await expect(step).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('Imported from CSV: 4 tasks added, 0 updated, 4 progress reports.');
  // The step is gone with its button: the focus is on the list's heading,
  // in view, with the tasks added below it.
  const heading = page.getByRole('heading', { name: 'Task list', level: 1 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(page.getByText('All 4 tasks', { exact: true })).toBeVisible();
  const back = await page.getByRole('table').locator('tbody th').allTextContents();
  // In the file's order, which was the order shown, with the progress
  // their reports gave.
  expect(back).toEqual(titles);
  expect(await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-valuenow')))).toEqual(progress);
  const row = page.getByRole('row', { name: /^2\.5 / });
  await expect(row).toContainText('2023-11-30');

  // The History names the file the tasks were read from.
  await page.goto('./?view=history&lang=en&today=2023-09-30');
  await expect(page.getByRole('main').getByRole('table').getByRole('row').nth(1))
    .toContainText(`, read from ${out.name}`);
  await page.goto(EN);

  // One change: undo takes all four tasks away again.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByText('This plan has no tasks yet.')).toBeVisible();
});

test('a CSV with bad values shows each problem with its row and column; cancel changes nothing', async ({ page }) => {
  await page.goto(EN);
  await expect(page.getByText('All 44 tasks', { exact: true })).toBeVisible();
  await importCsv(page, path.join(FIXTURES, 'tasks-bad-values.csv'));
  const step = page.getByRole('region', { name: 'Import tasks from tasks-bad-values.csv' });
  // Row 8 has task 1.1's number and another title: added as a new task,
  // without the number, unless the user says it updates task 1.1.
  await expect(step.getByText('2 tasks will be added and 0 updated. 5 rows are left out because of the problems below.')).toBeVisible();
  await expect(step).toContainText('Row 8, column No.: Task number “1.1” is the plan\'s “Deliver the 165 key tasks for transformation and development”: this row, titled otherwise, is added as a new task without the number');
  await step.getByLabel('A row numbered like a task of another title updates (renames) it').check();
  await expect(step.getByText('1 task will be added and 1 updated. 5 rows are left out because of the problems below.')).toBeVisible();
  await expect(step.getByRole('heading', { name: 'Rows left out (5)' })).toBeVisible();
  const leftOut = step.getByRole('list').first();
  await expect(leftOut.getByRole('listitem')).toHaveText([
    'Row 2, column Deadline: “2023/13/01” is not a date; write it as 2023-06-30, 2023/6/30, 2023年6月30日 or 2023年6月底 (end of June).',
    'Row 3, column Task: “Task” is empty.',
    'Row 5, column No.: Number “20.3” is already used in row 4.',
    'Row 6, column Tier: “Urgent” is not a tier; write Regular, Key or Key breakthrough.',
    'Row 7, column Deadline: The deadline is before the start date.',
  ]);
  await expect(step.getByRole('heading', { name: 'Notes (2)' })).toBeVisible();
  await expect(step.getByRole('list').nth(1).getByRole('listitem')).toHaveText([
    'Row 4, column Lead unit: Unit “Unknown Office” is not in this plan; it will be added as a new unit.',
    'Row 8, column No.: Task number “1.1” is already in the plan, titled “Deliver the 165 key tasks for transformation and development”: this row updates it, and its title becomes this row\'s. Check that the number is the same task\'s.',
  ]);
  await step.getByRole('button', { name: 'Cancel' }).click();
  await expect(step).toHaveCount(0);
  // The focus goes to the task list's heading, not the page's body.
  await expect(page.getByRole('heading', { name: 'Task list', level: 1 })).toBeFocused();
  await expect(page.getByText('All 44 tasks', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /^1\.1 / })).toContainText('Deliver the 165 key tasks');
  await expect(page.getByRole('row', { name: /^1\.1 / })).not.toContainText('revised');
});

test('in Chinese: headers and problems in Chinese; projects and indicators export too', async ({ page }) => {
  await page.goto(ZH);
  await expect(page.getByText('共 44 项任务', { exact: true })).toBeVisible();
  const out = await exportCsv(page);
  expect(out.name).toBe('山西省2023年转型发展重点任务督查台账（示例）-任务清单.csv');
  expect([...out.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(out.bytes.toString('utf8').slice(1).split('\r\n')[0].split(',').slice(0, 17)).toEqual([
    '编号', '任务名称', '重点领域', '牵头单位', '配合单位', '分管领导', '任务层级',
    '开始日期', '完成时限', '进度（%）', '亮灯状态', '亮灯原因', '最近报告日期',
    '最新进展情况', '存在问题', '下步打算', '标签',
  ]);
  await importCsv(page, path.join(FIXTURES, 'tasks-missing-and-extra-columns.csv'));
  const step = page.getByRole('region', { name: /导入任务/ });
  await expect(step.getByLabel('配合单位', { exact: true })).toHaveValue('');
  await expect(step.getByText('将新增 2 项任务，更新 0 项任务。另有 1 行因下列问题不导入。')).toBeVisible();
  await expect(step.getByText('第 4 行“牵头单位”列：“牵头单位”未填写。')).toBeVisible();
  await expect(step.getByText('第 3 行：本行有 8 个单元格，表头只有 7 列，多出的内容不导入。')).toBeVisible();
  await step.getByRole('button', { name: '取消' }).click();

  await page.goto('./?view=projects&lang=zh-CN&today=2023-09-30');
  const projects = await exportCsv(page);
  expect(projects.name).toBe('山西省2023年转型发展重点任务督查台账（示例）-重点项目.csv');
  expect(projects.bytes.toString('utf8')).toContain(',260000,60000,41500,69.17,正常推进,');
  await page.goto('./?view=indicators&lang=zh-CN&today=2023-09-30');
  const indicators = await exportCsv(page);
  expect(indicators.bytes.toString('utf8')).toContain(',2022,0,2023-Q3,118,2023,165,滞后于序时进度,71.52\r\n');
});

test('a GBK CSV as Chinese Excel or WPS saves it imports with its Chinese headers and office dates', async ({ page }) => {
  // tasks-gbk-wps.csv is GBK, as "CSV (comma delimited)" on a Chinese Windows;
  // row 1 is the sheet's title, row 2 the header:
  // 序号,重点任务,重点领域,责任单位,协同单位,完成时限,目标要求,进展情况
  await page.goto(ZH);
  await expect(page.getByText('共 44 项任务', { exact: true })).toBeVisible();
  await importCsv(page, path.join(FIXTURES, 'tasks-gbk-wps.csv'));
  const step = page.getByRole('region', { name: '从 tasks-gbk-wps.csv 导入任务' });
  await expect(step).toBeVisible();
  await expect(step.getByText('已按 GBK/GB18030 编码读取（中文版 Excel/WPS 默认保存的格式）。')).toBeVisible();
  await expect(step.getByText('表头在第 2 行，其上方的内容不导入：“某县2024年重点任务推进情况台账”。')).toBeVisible();
  // 责任单位, the only unit column, is the lead unit; 协同单位 the co-operating units.
  await expect(step.getByLabel('牵头单位', { exact: true })).toHaveValue('3');
  await expect(step.getByLabel('配合单位', { exact: true })).toHaveValue('4');
  await expect(step.getByLabel('完成时限', { exact: true })).toHaveValue('5');
  await expect(step.getByLabel('目标要求', { exact: true })).toHaveValue('6');
  // 进展情况 is what was done, recorded as a report (at 0%: the sheet has no progress column).
  await expect(step.getByLabel('最新进展情况', { exact: true })).toHaveValue('7');
  await expect(step.getByText(/^未导入的列/)).toHaveCount(0);
  // The sheet has a key area column: no choice of one area for every row.
  await expect(step.getByLabel('文件中没有重点领域列，全部行归入')).toBeHidden();
  // The summary's count is the length of the list under it.
  await expect(step.getByText('将新增 3 项任务，更新 0 项任务，并据进度列记入 1 条进展报告。另有 1 行因下列问题不导入。')).toBeVisible();
  await expect(step).toContainText('第 3 行“进展情况”列：本行有进展情况而未填进度，该任务尚无进展报告，按 0% 记入。');
  await expect(step.getByRole('heading', { name: '有问题、不导入的行（1）' })).toBeVisible();
  await expect(step.getByRole('list').first().getByRole('listitem')).toHaveText([
    // The examples are in the plan's year (the sample plan: 2023).
    '第 6 行“完成时限”列：“尽快”不是可识别的日期，请写作 2023-06-30、2023/6/30、2023年6月30日或2023年6月底。',
  ]);
  const rows = step.getByRole('table', { name: '将导入的任务' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  // 2024年4月底 is the end of April; 2024年6月 the end of June.
  await expect(rows.nth(1)).toContainText('县政务服务中心');
  await expect(rows.nth(1)).toContainText('2024-04-30');
  await expect(rows.nth(2)).toContainText('2024-06-30');
  await step.getByRole('button', { name: '新增 3 项任务' }).click();

  await expect(step).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('已从 CSV 导入任务：新增 3 项，更新 0 项，记入进展报告 1 条。');
  await expect(page.getByText('共 47 项任务', { exact: true })).toBeVisible();
  // The table draws only the rows in view: the new task is found by a search.
  await page.getByLabel('搜索任务').fill('建成县级政务服务中心');
  await page.getByRole('link', { name: '建成县级政务服务中心' }).click();
  const facts = page.locator('dl').first();
  await expect(facts).toContainText('县政务服务中心');
  await expect(facts).toContainText('县发展改革局');
  await expect(facts).toContainText('县财政局');
  await expect(facts).toContainText('2024-04-30');
  await expect(facts).toContainText('6月底前投入使用');
});

test('a ledger\'s progress columns become each task\'s report, and the same ledger again adds none', async ({ page }) => {
  await page.goto(ZH);
  await expect(page.getByText('共 44 项任务', { exact: true })).toBeVisible();
  // A county ledger as offices keep it: the progress in its own words.
  const file = test.info().outputPath('progress-ledger.csv');
  fs.writeFileSync(
    file,
    '\uFEFF序号,重点任务,重点领域,牵头单位,完成时限,完成进度,进展情况,存在问题,下步打算,填报日期\r\n' +
      '90.1,建成县级政务服务中心,数字政府建设,县政务服务中心,2023年12月底,35%,主体工程已完工,装修资金未到位,加快装修,2023年9月20日\r\n' +
      '90.2,推进老旧小区改造,城乡建设,县住房城乡建设局,2023年12月底,,已完成摸底,,,\r\n' +
      '90.3,编制县域国土空间规划,城乡建设,县自然资源局,年底,过半,,,,\r\n' +
      '90.4,建设产业园,招商引资,县商务局,年底,120%,,,,\r\n',
  );
  await importCsv(page, file);
  const step = page.getByRole('region', { name: '从 progress-ledger.csv 导入任务' });
  await expect(step.getByLabel('进度（%）', { exact: true })).toHaveValue('5');
  await expect(step.getByLabel('最近报告日期', { exact: true })).toHaveValue('9');
  await expect(step.getByText('将新增 3 项任务，更新 0 项任务，并据进度列记入 3 条进展报告。另有 1 行因下列问题不导入。')).toBeVisible();
  await expect(step.getByRole('list').first().getByRole('listitem')).toHaveText([
    '第 5 行“完成进度”列：“120%”不是进度，请填写 0 至 100 之间的百分比，如 35 或 35%。',
  ]);
  await expect(step).toContainText('第 3 行“完成进度”列：本行有进展情况而未填进度，该任务尚无进展报告，按 0% 记入。');
  await expect(step).toContainText('第 4 行“完成进度”列：“过半”不是百分比：按进展情况记入；该任务尚无进展报告，进度按 0% 记入。');
  // The rows show the report each gives: its progress and date.
  const rows = step.getByRole('table', { name: '将导入的任务' }).getByRole('row');
  await expect(rows.nth(0)).toContainText('进度（%）');
  await expect(rows.nth(1)).toContainText('352023-09-20');
  await expect(rows.nth(2)).toContainText('02023-09-30');
  await step.getByRole('button', { name: '新增 3 项任务' }).click();
  await expect(page.getByRole('status')).toContainText('已从 CSV 导入任务：新增 3 项，更新 0 项，记入进展报告 3 条。');

  // The task's page lists the report, as if the unit had filed it.
  await page.getByLabel('搜索任务').fill('建成县级政务服务中心');
  await page.getByRole('link', { name: '建成县级政务服务中心' }).click();
  const main = page.getByRole('main');
  await expect(main).toContainText('主体工程已完工');
  await expect(main).toContainText('装修资金未到位');
  await expect(main).toContainText('2023-09-20');
  await expect(main.getByRole('progressbar').first()).toHaveAttribute('aria-valuenow', '35');

  // The same ledger again: every row says what its task's latest report
  // says, so nothing is recorded twice.
  await page.goto(ZH);
  await importCsv(page, file);
  await expect(step.getByText('将新增 0 项任务，更新 0 项任务。3 行与规划中的任务相同，不作更改。另有 1 行因下列问题不导入。')).toBeVisible();
  await expect(step.getByRole('button', { name: '没有可导入的任务。' })).toBeDisabled();
});

test('a ledger with merged key-area and lead-unit cells: each blank cell takes the value above, and says so', async ({ page }) => {
  await page.goto(ZH);
  await expect(page.getByText('共 44 项任务', { exact: true })).toBeVisible();
  // As Excel saves a sheet whose 重点领域 and 牵头单位 cells are merged over
  // several rows: the value on the first row, blanks under it.
  const file = test.info().outputPath('merged-cells.csv');
  fs.writeFileSync(
    file,
    '\uFEFF序号,任务名称,重点领域,牵头单位,完成时限\r\n' +
      '1,建成县级政务服务中心,数字政府建设,县政务服务中心,2023-12-31\r\n' +
      '2,推行“一网通办”,,,2023-11-30\r\n' +
      '3,完善统计监测体系,,县统计局,2023-10-31\r\n',
  );
  await importCsv(page, file);
  const step = page.getByRole('region', { name: '从 merged-cells.csv 导入任务' });
  await expect(step.getByText('将新增 3 项任务，更新 0 项任务。')).toBeVisible();
  await expect(step.getByRole('heading', { name: /^有问题、不导入的行/ })).toHaveCount(0);
  await expect(step.getByText('第 3 行“重点领域”列：空白（合并单元格）：沿用上方的“数字政府建设”。')).toBeVisible();
  await expect(step.getByText('第 3 行“牵头单位”列：空白（合并单元格）：沿用上方的“县政务服务中心”。')).toBeVisible();
  await expect(step.getByText('第 4 行“重点领域”列：空白（合并单元格）：沿用上方的“数字政府建设”。')).toBeVisible();
  const rows = step.getByRole('table', { name: '将导入的任务' }).getByRole('row');
  await expect(rows.nth(2)).toContainText('县政务服务中心');
  await expect(rows.nth(3)).toContainText('县统计局');
  await step.getByRole('button', { name: '新增 3 项任务' }).click();
  await expect(page.getByRole('status')).toContainText('已从 CSV 导入任务：新增 3 项，更新 0 项。');
});

test('a unit written by its short name is the plan\'s unit, said once, not a new unit beside it', async ({ page }) => {
  await page.goto(ZH);
  await expect(page.getByText('共 44 项任务', { exact: true })).toBeVisible();
  // 小店区发改局 for the plan's 小店区发展和改革局, 小店区工信局 for its
  // 小店区工业和信息化局, as offices write them.
  const file = test.info().outputPath('short-names.csv');
  fs.writeFileSync(
    file,
    '\uFEFF序号,任务名称,重点领域,牵头单位,配合单位,完成时限\r\n' +
      '90.1,建设数字经济产业园二期,聚力创新发展,小店区发改局,小店区工信局,2023-12-31\r\n' +
      '90.2,培育服务业重点企业,聚力创新发展,小店区发改局,,2023-12-31\r\n',
  );
  await importCsv(page, file);
  const step = page.getByRole('region', { name: '从 short-names.csv 导入任务' });
  await expect(step.getByText('将新增 2 项任务，更新 0 项任务。')).toBeVisible();
  await expect(step.getByText('第 2 行“牵头单位”列：“小店区发改局”按本规划的单位“小店区发展和改革局”读入（简称）。')).toBeVisible();
  await expect(step.getByText('第 2 行“配合单位”列：“小店区工信局”按本规划的单位“小店区工业和信息化局”读入（简称）。')).toBeVisible();
  await expect(step.getByText(/第 3 行/)).toHaveCount(0);
  await expect(step).not.toContainText('将作为新单位添加');
  await step.getByRole('button', { name: '新增 2 项任务' }).click();
  await expect(page.getByRole('status')).toContainText('已从 CSV 导入任务：新增 2 项，更新 0 项。');
  await page.getByLabel('搜索任务').fill('建设数字经济产业园二期');
  await page.getByRole('link', { name: '建设数字经济产业园二期' }).click();
  const facts = page.locator('dl').first();
  await expect(facts).toContainText('小店区发展和改革局');
  await expect(facts).toContainText('小店区工业和信息化局');
});

test('a sheet of numbers and new deadlines, sent out and back, updates those tasks without any other column', async ({ page }) => {
  await page.goto(ZH);
  await expect(page.getByText('共 44 项任务', { exact: true })).toBeVisible();
  const file = test.info().outputPath('new-deadlines.csv');
  fs.writeFileSync(file, '\uFEFF编号,完成时限\r\n1.1,2023-11-30\r\n2.1,2023年12月15日\r\n99.9,2023-10-31\r\n');
  await importCsv(page, file);
  const step = page.getByRole('region', { name: '从 new-deadlines.csv 导入任务' });
  await expect(step.getByText('将新增 0 项任务，更新 2 项任务。')).toBeVisible();
  // The row that numbers no task is left out: a new task needs a title.
  await expect(step.getByRole('heading', { name: /^有问题、不导入的行/ })).toBeVisible();
  await expect(step).toContainText('第 4 行');
  await step.getByRole('button', { name: '更新 2 项任务' }).click();
  await expect(page.getByRole('status')).toContainText('已从 CSV 导入任务：新增 0 项，更新 2 项。');
  const row = page.getByRole('row', { name: /^1\.1 / });
  await expect(row).toContainText('2023-11-30');
  await expect(row).toContainText('推动165项转型发展重点任务落地见效');
});

test('bytes that are no text are refused with where and how to save the file instead', async ({ page }) => {
  await page.goto(EN);
  const file = test.info().outputPath('not-text.csv');
  // Line 2 holds 0xFF, which no GB18030 sequence starts with.
  fs.writeFileSync(file, Buffer.from([0x61, 0x2c, 0x62, 0x0a, 0xd6, 0xd0, 0xff, 0x0a]));
  await importCsv(page, file);
  await expect(page.getByRole('alert')).toContainText(
    'not-text.csv: The file cannot be read: it is neither UTF-8 nor GBK/GB18030 text (line 2, byte 7 cannot be read). In Excel or WPS, open the file, choose Save As → “CSV UTF-8 (comma delimited)” and import the file saved.',
  );
  await expect(page.getByRole('region', { name: /Import tasks from/ })).toHaveCount(0);
});

test('a workbook is named as one, and Excel’s “Unicode text” (.txt, tab-separated UTF-16) comes in as a sheet', async ({ page }) => {
  await page.goto(EN);
  // An .xlsx is a ZIP archive.
  const xlsx = test.info().outputPath('ledger.xlsx');
  fs.writeFileSync(xlsx, Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'), Buffer.alloc(64)]));
  await importCsv(page, xlsx);
  await expect(page.getByRole('alert')).toContainText(
    'ledger.xlsx: The file is an Excel or WPS workbook, not a sheet saved as text. In Excel or WPS, open the file, choose Save As',
  );
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();

  const txt = test.info().outputPath('ledger.txt');
  const sheet = 'No.\tTask\tKey area\tLead unit\r\n30.1\tPublish the ledger\tKey project construction\tQibin District Development and Reform Commission\r\n';
  fs.writeFileSync(txt, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')]));
  await importCsv(page, txt);
  const step = page.getByRole('region', { name: 'Import tasks from ledger.txt' });
  await expect(step).toBeVisible();
  await expect(step.getByText('1 task will be added and 0 updated.')).toBeVisible();
});
