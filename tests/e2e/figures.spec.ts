import { test, expect, Page } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';

const Q = '?lang=en&today=2023-09-30';

async function open(page: Page, view = '') {
  await page.goto(`./${Q}${view ? `&view=${view}` : ''}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('the projects table lists the sample projects with lights in words', async ({ page }) => {
  await open(page, 'projects');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key projects');
  await expect(page.getByRole('columnheader', { name: 'Total investment (10k yuan)' })).toBeVisible();
  const park = page.getByRole('row', { name: /Xiaodian Digital Economy Industrial Park/ });
  await expect(park).toContainText('260,000');
  await expect(park).toContainText('Under construction');
  await expect(park).toContainText('Xiaodian District People');
  // The roads were due on 2023-09-15: red, said in words with the reason.
  const roads = page.getByRole('row', { name: /dead-end roads/ });
  await expect(roads).toContainText('Overdue or lagging');
  await expect(roads).toContainText('days past the deadline');
  await expect(page.getByRole('row', { name: /electronic information industrial park/ })).toContainText('Completed');
  expect(await page.locator('table.projects-table tbody tr').count()).toBeGreaterThanOrEqual(8);
});

test('adding a project refuses a bad number, then saves and survives a reload', async ({ page }) => {
  await open(page, 'projects');
  await page.getByRole('button', { name: 'Add project' }).click();
  const form = page.locator('form.figures-form');
  await form.getByLabel('Project name').fill('Jinzhong logistics hub');
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ label: 'Taiyuan Municipal People\'s Government' });
  await form.getByLabel('Total investment (10k yuan)').fill('12k');
  await expect(page.locator('#pf-total-error')).toContainText('This is not an amount; write it in 10k yuan (e.g. 1250.5), or with its unit: 3000万, 1.5亿.');
  await form.getByLabel('Planned start').fill('2023-06-01');
  await form.getByLabel('Planned completion').fill('2023-05-01');
  await expect(page.locator('#pf-pend-error')).toContainText('before the start date');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await expect(page.getByRole('row', { name: /Jinzhong logistics hub/ })).toHaveCount(0);

  // Extra zeros are caught, and a year's target above the total.
  await form.getByLabel('Total investment (10k yuan)').fill('99999999999999999999');
  await expect(page.locator('#pf-total-error')).toHaveText('more than 1 trillion yuan: check the unit (10k yuan) and the zeros');
  await form.getByLabel('Total investment (10k yuan)').fill('12000');
  await form.getByLabel('Target this year (10k yuan)').fill('120000000000000');
  await expect(page.locator('#pf-total-error')).toBeEmpty();
  await expect(page.locator('#pf-year-error')).toHaveText('more than 1 trillion yuan: check the unit (10k yuan) and the zeros');
  await form.getByLabel('Target this year (10k yuan)').fill('12001');
  await expect(page.locator('#pf-year-error')).toHaveText('the target this year cannot exceed the total investment (12,000, in 10k yuan)');

  // A comma groups thousands, or is the decimal mark, as in every form.
  // Amounts with their unit, as offices write them: 1.2亿 is 12,000 (10k yuan).
  await form.getByLabel('Total investment (10k yuan)').fill('1.2亿');
  await form.getByLabel('Target this year (10k yuan)').fill('4000万元');
  await form.getByLabel('Completed this year (10k yuan)').fill('1500,5');
  await form.getByLabel('Planned completion').fill('2024-12-31');
  await form.getByLabel('Phase').selectOption({ label: 'Under construction' });
  await form.getByLabel('Batch').fill('2023 second batch');
  await expect(page.locator('#pf-total-error')).toBeEmpty();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Project added');
  await page.reload();
  const row = page.getByRole('row', { name: /Jinzhong logistics hub/ });
  await expect(row).toContainText('12,000');
  await expect(row).toContainText('4,000');
  await expect(row).toContainText('1,500.5');
  await expect(row).toContainText('2023 second batch');
});

test('the sums by batch follow the batches\' own order, not the order they were first named', async ({ page }) => {
  await open(page, 'projects');
  const batches = page.getByRole('table', { name: 'By batch' });
  const names = batches.locator('tbody tr th');
  await expect(names).toHaveText(['2023 first batch', '2023 second batch', '2023 third batch']);
  // The plan's first project moves to a fourth batch: the first batch it named is now fourth.
  await page.getByRole('link', { name: 'Xiaodian Digital Economy Industrial Park (phase I)' }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.locator('form.figures-form');
  await form.getByLabel('Batch').fill('2023 fourth batch');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Project saved');
  await open(page, 'projects');
  await expect(names).toHaveText(['2023 first batch', '2023 second batch', '2023 third batch', '2023 fourth batch']);
});

test('a project page shows its facts and edits the completed investment', async ({ page }) => {
  await open(page, 'projects');
  await page.getByRole('link', { name: 'Xiaodian Digital Economy Industrial Park (phase I)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xiaodian Digital Economy Industrial Park (phase I)');
  await expect(page).toHaveURL(/view=project&id=p-xd-digital-park/);
  await expect(page.locator('.completed-investment')).toHaveText('41,500');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.locator('form.figures-form');
  await form.getByLabel('Completed this year (10k yuan)').fill('-5');
  await expect(page.locator('#pf-done-error')).toContainText('cannot be negative');
  await form.getByLabel('Completed this year (10k yuan)').fill('52000');
  // An actual completion still to come is refused, and nothing is saved.
  await form.getByLabel('Actual completion').fill('2023-10-15');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#pf-aend-error')).toContainText('an actual date cannot be after today (2023-09-30)');
  await expect(page.locator('.completed-investment')).toHaveText('41,500');
  await form.getByLabel('Actual completion').fill('');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Project saved');
  await expect(page.locator('.completed-investment')).toHaveText('52,000');
  // Undo puts the old figure back; redo brings the new one again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.completed-investment')).toHaveText('41,500');
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expect(page.locator('.completed-investment')).toHaveText('52,000');
  await page.reload();
  await expect(page.locator('.completed-investment')).toHaveText('52,000');
});

test('indicators show baseline and latest value; a bad period is refused, a good one recorded', async ({ page }) => {
  await open(page, 'indicators');
  // The table is named by its heading.
  await expect(page.getByRole('table', { name: 'Indicators and their values' })).toBeVisible();
  const row = page.getByRole('row', { name: /^Poverty incidence/ });
  await expect(row).toContainText('2014: 19.81');
  await expect(row).toContainText('2.28 (2018)');
  await expect(row).toContainText('at most 2');
  await expect(row).toContainText('Binding');
  await expect(row).toContainText('Lower is better');
  await page.getByRole('button', { name: 'Values: Poverty incidence' }).click();
  const panel = page.locator('.values-panel');
  await expect(panel.getByRole('heading', { name: 'Values of Poverty incidence' })).toBeVisible();
  await panel.getByLabel('Period').fill('2023-Q5');
  await panel.getByLabel('Value', { exact: true }).fill('2.1');
  await panel.getByRole('button', { name: 'Add value' }).click();
  await expect(page.locator('#iv-period-error')).toContainText('“2023-Q5” is not a period');
  await expect(page.locator('#iv-period-error')).toContainText('2023-H1');
  await panel.getByLabel('Value', { exact: true }).fill('two');
  await expect(page.locator('#iv-value-error')).toContainText('not a number');

  // Written as an office writes it, kept as files spell it (the period in
  // words, a percentage with its sign).
  await panel.getByLabel('Period').fill('2023年第三季度');
  await panel.getByLabel('Value', { exact: true }).fill('2.1%');
  await panel.getByRole('button', { name: 'Add value' }).click();
  await expect(page.getByRole('status')).toContainText('Value recorded');
  await expect(row).toContainText('2.1 (2023-Q3)');
  await expect(page.locator('.values-panel').getByRole('row', { name: /2023-Q3/ })).toContainText('2.1');

  // A second value for the same period replaces it only after a confirm.
  page.once('dialog', (d) => d.dismiss());
  await page.locator('.values-panel').getByLabel('Period').fill('2023-Q3');
  await page.locator('.values-panel').getByLabel('Value', { exact: true }).fill('1.9');
  await page.locator('.values-panel').getByRole('button', { name: 'Add value' }).click();
  await expect(row).toContainText('2.1 (2023-Q3)');
  page.once('dialog', (d) => d.accept());
  await page.locator('.values-panel').getByRole('button', { name: 'Add value' }).click();
  await expect(page.getByRole('status')).toContainText('Value replaced');
  await expect(row).toContainText('1.9 (2023-Q3)');
  await page.reload();
  await expect(page.getByRole('row', { name: /^Poverty incidence/ })).toContainText('1.9 (2023-Q3)');
});

test('an indicator is added with a bounded target; a half-given baseline is refused', async ({ page }) => {
  await open(page, 'indicators');
  await page.getByRole('button', { name: 'Add indicator' }).click();
  const form = page.locator('form.figures-form');
  await form.getByLabel('Indicator name').fill('Forest coverage');
  await form.getByLabel('Unit of measure').fill('%');
  await form.getByLabel('Binding or anticipatory').selectOption({ label: 'Binding' });
  await form.getByLabel('Baseline year').fill('2020');
  await expect(page.locator('#inew-bvalue-error')).toContainText('Give both');
  await form.getByLabel('Kind of target').selectOption({ label: 'At least' });
  await form.getByLabel('Target year').fill('23');
  await expect(page.locator('#inew-tyear-error')).toContainText('not a year');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await form.getByLabel('Baseline value').fill('23.18');
  await form.getByLabel('Target year').fill('2025');
  await form.getByLabel('Target value').fill('25');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Indicator added');
  const row = page.getByRole('row', { name: /^Forest coverage/ });
  await expect(row).toContainText('2020: 23.18');
  await expect(row).toContainText('2025: at least 25');
  await expect(row).toContainText('Binding');
});

test('deleting an indicator a task uses unlinks the task in the same change', async ({ page }) => {
  await open(page, 'indicators');
  const messages: string[] = [];
  page.on('dialog', (d) => { messages.push(d.message()); d.accept(); });
  await page.getByRole('button', { name: 'Delete: Key tasks completed' }).click();
  await expect(page.getByRole('status')).toContainText('1 task unlinked');
  expect(messages[0]).toContain('Unlink them and delete');
  await expect(page.getByRole('row', { name: /^Key tasks completed/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('row', { name: /^Key tasks completed/ })).toContainText('118 (2023-Q3)');
});

test('report by unit: two rows filled, one blank, one batch, one undo', async ({ page }) => {
  await open(page, 'tasks');
  const overviewRow = () => page.getByRole('row', { name: /Deliver the 165 key tasks/ });
  const before11 = await overviewRow().locator('.pct').textContent();
  expect(before11).not.toBe('80%');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Report by unit' }).click();
  // The units come grouped by kind, each with the tasks it leads and co-operates on.
  const picker = page.getByLabel('Unit', { exact: true });
  await expect(picker.locator('optgroup')).toHaveCount(4);
  const office = picker.locator('optgroup[label="Departments"] option', { hasText: 'General Office of the Provincial Party Committee' });
  await expect(office).toHaveText('General Office of the Provincial Party Committee — leads 3, co-operates on 1');
  await picker.selectOption({ label: 'General Office of the Provincial Party Committee — leads 3, co-operates on 1' });
  await expect(page).toHaveURL(/view=report&unit=u-prov-office/);
  await expect(page.getByRole('heading', { name: 'Tasks this unit leads' })).toBeVisible();
  await expect(page.getByLabel('Report date')).toHaveValue('2023-09-30');

  const p11 = page.getByLabel(/^New progress \(%\) for 1\.1 /);
  const p13 = page.getByLabel(/^New progress \(%\) for 1\.3 /);
  const p15 = page.getByLabel(/^New progress \(%\) for 1\.5 /);
  // A trailing percent sign is accepted.
  await p11.fill('80%');
  await page.getByLabel(/^What was done on 1\.1 /).fill('Third-quarter review done.');
  await p13.fill('90');
  await page.getByLabel(/^Status of 1\.3 /).selectOption({ label: 'At risk' });
  await p15.fill('150');
  await expect(p15).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.bulk-table').getByText('between 0 and 100')).toBeVisible();
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await p15.fill('');
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('status')).toContainText('2 reports recorded');
  await expect(p11).toHaveValue('');

  // The same sheet typed and saved again records nothing twice.
  await p11.fill('80');
  await page.getByLabel(/^What was done on 1\.1 /).fill('Third-quarter review done.');
  await p13.fill('90');
  await expect(page.getByLabel(/^Status of 1\.3 /)).toHaveValue('at_risk');
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('status')).toContainText(
    '2 rows were already recorded with the same date, period and figures: not saved again.',
  );
  await expect(page.getByRole('status')).not.toContainText('recorded.');
  await expect(p11).toHaveValue('');
  await expect(p13).toHaveValue('');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  await expect(overviewRow().locator('.pct')).toHaveText('80%');
  await expect(page.getByRole('row', { name: /^1\.3 / }).locator('.pct')).toHaveText('90%');

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(overviewRow().locator('.pct')).toHaveText(before11!);
  await expect(page.getByRole('row', { name: /^1\.3 / }).locator('.pct')).not.toHaveText('90%');
});

test('report by unit: a sheet typed in asks before another unit replaces it', async ({ page }) => {
  await open(page, 'report&unit=u-prov-office');
  const p11 = page.getByLabel(/^New progress \(%\) for 1\.1 /);
  await p11.fill('75');
  const picker = page.getByLabel('Unit', { exact: true });
  const asked: string[] = [];
  page.once('dialog', (d) => { asked.push(d.message()); void d.dismiss(); });
  await picker.selectOption('u-prov-ndrc');
  expect(asked).toEqual(['What you have typed in the open form and not saved will be lost. Leave this page anyway?']);
  // Staying keeps the unit chosen, its address and what was typed.
  await expect(picker).toHaveValue('u-prov-office');
  await expect(page).toHaveURL(/unit=u-prov-office/);
  await expect(p11).toHaveValue('75');
  page.once('dialog', (d) => void d.accept());
  await picker.selectOption('u-prov-ndrc');
  await expect(page).toHaveURL(/unit=u-prov-ndrc/);
  // The other unit co-operates on 1.1: listed to follow, with its lead
  // unit and where it stands, and no field to report on it (its progress is
  // the lead unit's to report).
  const co = page.getByRole('region', { name: 'Tasks this unit co-operates on' });
  await expect(co).toContainText('A task\'s progress is reported by its lead unit');
  const row = co.getByRole('row', { name: /^1\.1 / });
  await expect(row).toContainText('General Office of the Provincial Party Committee');
  await expect(row.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByLabel(/^New progress \(%\) for 1\.1 /)).toHaveCount(0);
  // Its bar is as long as its progress, as in the rows the unit leads.
  const bar = row.getByRole('progressbar');
  const value = Number(await bar.getAttribute('aria-valuenow'));
  expect(value).toBeLessThan(100);
  const share = await bar.evaluate((el) => {
    const fill = el.querySelector('.fill')!.getBoundingClientRect().width;
    return (100 * fill) / el.querySelector('.bar')!.getBoundingClientRect().width;
  });
  expect(Math.abs(share - value)).toBeLessThan(2);
});

test('report by unit: a saved row is cleared even when its task stands where it stood', async ({ page }) => {
  await open(page, 'report&unit=u-prov-office');
  const row = page.getByRole('region', { name: 'Tasks this unit leads' }).getByRole('row', { name: /^1\.1 / });
  const before = await row.locator('td.current').textContent();
  // A report older than the task's latest: its progress and light stay.
  await page.getByLabel('Report date').fill('2023-01-16');
  await row.getByLabel(/^New progress/).fill('5');
  await row.getByLabel(/^What was done/).fill('An early note, written up late.');
  // A row given only a status is blank: not saved, and set back with the
  // rest, to the status its task's latest report gave (1.3's: completed).
  const other = page.getByRole('region', { name: 'Tasks this unit leads' }).getByRole('row', { name: /^1\.3 / });
  await expect(other.getByLabel(/^Status of/)).toHaveValue('completed');
  await other.getByLabel(/^Status of/).selectOption({ label: 'At risk' });
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('status')).toContainText('1 report recorded');
  await expect(row.getByLabel(/^New progress/)).toHaveValue('');
  await expect(row.getByLabel(/^What was done/)).toHaveValue('');
  await expect(row.locator('td.current')).toHaveText(before!);
  await expect(other.getByLabel(/^Status of/)).toHaveValue('completed');
  // The saved row keeps the status it was saved with.
  await expect(row.getByLabel(/^Status of/)).toHaveValue('on_track');
  // Saving again has nothing to save.
  await page.getByRole('button', { name: 'Save all' }).click();
  await expect(page.getByRole('status')).toContainText('Nothing to save');
});

test('report by unit: a change from another tab keeps what is typed, and the caret where it was', async ({ context }) => {
  const a = await context.newPage();
  await open(a, 'report&unit=u-prov-office');
  const leads = (p: Page) => p.getByRole('region', { name: 'Tasks this unit leads' });
  const what = leads(a).getByRole('row', { name: /^1\.1 / }).getByLabel(/^What was done/);
  await what.fill('Half the review');
  await expect(what).toBeFocused();

  const b = await context.newPage();
  await open(b, 'report&unit=u-prov-office');
  await leads(b).getByRole('row', { name: /^1\.3 / }).getByLabel(/^New progress/).fill('90');
  await b.getByRole('button', { name: 'Save all' }).click();
  await expect(b.getByRole('status')).toContainText('1 report recorded');

  await expect(a.getByRole('status')).toContainText('Updated from another tab');
  await expect(leads(a).getByRole('row', { name: /^1\.3 / }).locator('td.current')).toContainText('90%');
  await expect(what).toHaveValue('Half the review');
  await expect(what).toBeFocused();
  await a.keyboard.type(' is done.');
  await expect(what).toHaveValue('Half the review is done.');
});

const dir = path.join('test-results', 'screenshots');

/** A full page at desktop width; on a phone, the whole page and a screen scrolled to `focus`. */
async function shot(page: Page, name: string, width: number, focus: string) {
  await page.screenshot({ path: path.join(dir, name), fullPage: true });
  if (width < 400) {
    await page.locator(focus).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, name.replace('.png', '-screen.png')) });
  }
}

test('report by unit in Chinese: the units by kind, each with its tasks', async ({ page }) => {
  await page.goto('./?lang=zh-CN&today=2023-09-30&view=report');
  const picker = page.getByLabel('单位', { exact: true });
  await expect(picker.locator('optgroup')).toHaveCount(4);
  await expect(picker.locator('optgroup').first()).toHaveAttribute('label', '市');
  await picker.selectOption({ label: '省委办公厅（牵头 3 项，配合 1 项）' });
  await expect(page).toHaveURL(/unit=u-prov-office/);
  await expect(page.getByRole('heading', { name: '本单位牵头的任务' })).toBeVisible();
});

test('screenshots of the projects, project, indicators and report views', async ({ browser }) => {
  test.setTimeout(90_000);
  fs.mkdirSync(dir, { recursive: true });
  for (const lang of ['en', 'zh-CN']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const q = `./?lang=${lang}&today=2023-09-30`;
      await page.goto(`${q}&view=projects`);
      await page.locator('.section-actions button.primary').click();
      await page.locator('#pf-total').fill('abc');
      await shot(page, `figures-projects-${lang}-${width}.png`, width, '.projects-table tbody tr');
      await page.goto(`${q}&view=project&id=p-xd-roads`);
      await page.locator('.figures-actions button.primary').click();
      await shot(page, `figures-project-${lang}-${width}.png`, width, '.figures-actions');
      await page.goto(`${q}&view=indicators`);
      // The fourth indicator's values panel (its first action button).
      await page.locator('.row-actions').nth(3).getByRole('button').first().click();
      await page.locator('#iv-period').fill('2023-Q5');
      await shot(page, `figures-indicators-${lang}-${width}.png`, width, '.values-panel');
      await page.goto(`${q}&view=report&unit=u-prov-office`);
      await page.locator('.pct-input').first().fill('80');
      await page.locator('.pct-input').nth(1).fill('x');
      await shot(page, `figures-report-${lang}-${width}.png`, width, '.bulk-table');
    }
    await context.close();
  }
});

test('indicators can be reordered, and undo puts the order back', async ({ page }) => {
  await page.goto('./?view=indicators&lang=en&today=2023-09-30');
  const names = page.locator('table tbody tr:not(.panel-row) th[scope="row"]');
  const first = (await names.nth(0).textContent())!;
  const second = (await names.nth(1).textContent())!;
  await expect(page.getByRole('button', { name: `Move up: ${first}` })).toBeDisabled();
  await page.getByRole('button', { name: `Move down: ${first}` }).click();
  await expect(names.nth(0)).toHaveText(second);
  await expect(names.nth(1)).toHaveText(first);
  // Said, as a project's move is.
  await expect(page.getByRole('status')).toContainText('Moved.');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(names.nth(0)).toHaveText(first);
});

test('indicators: the mid-term summary, classes in words and charts with their figures', async ({ page }) => {
  await open(page, 'indicators');
  // 2023-09-30: medical care and hygiene counties meet their bounds before 2023 ends; poverty
  // incidence (2.28, lower is better) missed "at most 2" by 2020; four have no target, one only words.
  await expect(page.getByText('Of 12 indicators: 2 achieved early, 3 lagging, 2 without enough data, 1 not quantified, 4 without a target.')).toBeVisible();
  const poverty = page.getByRole('article', { name: 'Poverty incidence' });
  await expect(poverty).toContainText('Lagging');
  // (19.81 − 2.28) / (19.81 − 2) = 98.4% of the way; the path expects the whole way by now.
  await expect(poverty).toContainText('98.4% of the way');
  await expect(poverty).toContainText('100% of the way (2)');
  await expect(poverty.getByRole('img')).toHaveAccessibleName(
    'Poverty incidence: baseline 19.81 in 2014; latest value 2.28 (2018); target at most 2 by 2020; '
    + '98.4% of the way from baseline to target; 100% expected by today (2); Lagging.');
  const medical = page.getByRole('article', { name: 'Rural co-operative medical care participation rate' });
  await expect(medical).toContainText('Achieved early');
  await expect(medical).toContainText('98.98 (2018)');
  await expect(page.getByRole('article', { name: 'Rural poor population' })).toContainText('Not quantified');
  await expect(page.getByRole('img', { name: /^Key tasks completed: baseline 0 in 2022; latest value 118 \(2023-Q3\); target 165 by 2023; 71\.5% of the way from baseline to target; 74\.8% expected by today \(123\.41\); Lagging\.$/ })).toBeVisible();

  // Looking at mid-2019 instead, poverty incidence was ahead of its path.
  await page.goto('./?lang=en&today=2019-06-30&view=indicators');
  await expect(page.getByRole('article', { name: 'Poverty incidence' })).toContainText('On track');

  await page.goto('./?lang=zh-CN&today=2023-09-30&view=indicators');
  await expect(page.getByText('12项指标中：提前实现2项，滞后于序时进度3项，数据不足2项，定性目标1项，未设目标值4项。')).toBeVisible();
  // Nobody changed the sample, so it follows the interface into Chinese.
  await expect(page.getByRole('article', { name: '贫困发生率' })).toContainText('滞后于序时进度');
});

test('a running total is measured from zero each January, not as a fall from last year\'s total', async ({ page }) => {
  await open(page, 'indicators');
  await page.getByRole('button', { name: 'Add indicator' }).click();
  const form = page.locator('form.figures-form');
  await form.getByLabel('Indicator name').fill('New urban jobs');
  await form.getByLabel('Unit of measure').fill('10k people');
  await form.getByLabel('How values are counted').selectOption({ label: 'Running total, from zero each January (e.g. new jobs)' });
  // Last year's total as the baseline, and this year's target.
  await form.getByLabel('Baseline year').fill('2022');
  await form.getByLabel('Baseline value').fill('3.82');
  await form.getByLabel('Kind of target').selectOption({ label: 'At least' });
  await form.getByLabel('Target year').fill('2023');
  await form.getByLabel('Target value').fill('4');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Indicator added');

  await page.getByRole('button', { name: 'Values: New urban jobs' }).click();
  const panel = page.locator('.values-panel');
  await panel.getByLabel('Period').fill('2023-06');
  await panel.getByLabel('Value', { exact: true }).fill('2.4');
  await panel.getByRole('button', { name: 'Add value' }).click();
  await expect(page.getByRole('status')).toContainText('Value recorded');

  // January to June: 2.4 of 4 (60%), against 181 of 365 days gone by 30 June (49.6%).
  const card = page.getByRole('article', { name: 'New urban jobs' });
  await expect(card).toContainText('running total');
  await expect(card).toContainText('On track');
  await expect(card).toContainText('60% of the way');
  await expect(card.locator('dt', { hasText: 'Expected by 2023-06-30' })).toBeVisible();
  await expect(card).toContainText('49.6% of the way (1.98)');
  await expect(card.getByRole('img')).toHaveAccessibleName(
    'New urban jobs: running total; baseline 3.82 in 2022; latest value 2.4 (2023-06); target at least 4 by 2023; '
    + '60% of the way; 49.6% expected by 2023-06-30 (1.98); On track.');

  // Counted as a level, the same figure reads as a fall from 3.82.
  await page.getByRole('button', { name: 'Edit: New urban jobs' }).click();
  await page.locator('form.figures-form').getByLabel('How values are counted').selectOption({ label: 'Each value stands alone (a level, a rate, a year\'s figure)' });
  await page.locator('form.figures-form').getByRole('button', { name: 'Save' }).click();
  await expect(card).toContainText('Lagging');
  await expect(card).toContainText('moved away from the target');
  await expect(card).not.toContainText('running total');
});

test('projects: investment this year for the plan, by area and batch, phases and schedule', async ({ page }) => {
  await open(page, 'projects');
  // Targets 250,800 and completed 161,600 (10k yuan) over the 8 sample projects: 64.4%.
  await expect(page.getByText("All 8 projects: 161,600 of this year's target of 250,800 (10k yuan) completed, 64.4%.")).toBeVisible();
  const batches = page.getByRole('table', { name: 'By batch' });
  await expect(batches.getByRole('row', { name: /^2023 first batch/ })).toContainText(/4\s*164,000\s*125,800\s*76\.7%/);
  await expect(batches.getByRole('row', { name: /^2023 second batch/ })).toContainText('21.3%');
  await expect(batches.getByRole('row', { name: /^All projects/ })).toContainText(/8\s*250,800\s*161,600\s*64\.4%/);
  const areas = page.getByRole('table', { name: 'By key area' });
  await expect(areas.getByRole('row', { name: /^Key project construction/ })).toContainText(/3\s*99,000\s*67,800\s*68\.5%/);
  const phases = page.getByRole('list', { name: 'Projects by phase' }).getByRole('listitem');
  await expect(phases).toHaveText(['Planned: 1', 'Preparing: 1', 'Under construction: 4', 'Completed: 1', 'In operation: 1']);
  await expect(page.getByRole('row', { name: /^Xiaodian Digital Economy Industrial Park/ })).toContainText('Started 17 days late');
  await expect(page.getByRole('row', { name: /^Demonstration industrial park/ })).toContainText('Not started; planned 2023-05-01, 152 days overdue');
  // Its light says why it is red: not started, not only its investment's lag.
  await expect(page.getByRole('row', { name: /^Demonstration industrial park/ })).toContainText('not started, 152 days after its planned start');
  await expect(page.getByRole('row', { name: /dead-end roads/ })).toContainText('Not completed; due 2023-09-15, 15 days overdue');
  await expect(page.getByRole('row', { name: /electronic information industrial park/ })).toContainText('Completed 3 days early');

  await page.goto('./?lang=zh-CN&today=2023-09-30&view=projects');
  await expect(page.getByText('全部8个项目：年度计划投资250,800万元，已完成161,600万元，完成64.4%。')).toBeVisible();
  await expect(page.getByRole('list', { name: '按建设阶段' }).getByRole('listitem').nth(2)).toHaveText('在建：4个');
});

test('screenshots of indicators and projects with their summaries', async ({ browser }) => {
  test.setTimeout(90_000);
  fs.mkdirSync(dir, { recursive: true });
  for (const lang of ['en', 'zh-CN']) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const view of ['indicators', 'projects']) {
        await page.goto(`./?lang=${lang}&today=2023-09-30&view=${view}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.screenshot({ path: path.join(dir, `figures-${view}-summary-${lang}-${width}.png`), fullPage: true });
        // Nothing wider than the page.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      await context.close();
    }
  }
});
