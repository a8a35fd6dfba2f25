import { test, expect, Page } from './fixtures';
import { toEnd } from './task_region';
import * as fs from 'fs';
import * as path from 'path';

// The one task form, for adding (on the task table) and editing (on the task
// page), on the sample plan as of 2023-09-30 (44 tasks). Task 1.1 is led by
// the General Office of the Provincial Party Committee, with the Provincial
// Development and Reform Commission co-operating.

const EN = './?view=tasks&lang=en&today=2023-09-30';
const NDRC = 'Provincial Development and Reform Commission';
const OFFICE = 'General Office of the Provincial Party Committee';
const ORG = 'Organization Department of the Provincial Party Committee';
const TAIYUAN = 'Taiyuan Investment Promotion Bureau';

async function openAdd(page: Page) {
  await page.goto(EN);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add task' }).click();
  return page.locator('form.task-form');
}


function coUnits(page: Page) {
  return page.getByRole('group', { name: 'Co-operating units' });
}

function more(page: Page) {
  return page.getByRole('button', { name: /^More details/ });
}

test('by keyboard: the form opens in its title, Escape closes it, the focus goes back to Add task', async ({ page }) => {
  await page.goto(EN);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const add = page.getByRole('button', { name: 'Add task' });
  await add.focus();
  await page.keyboard.press('Enter');
  const form = page.locator('form.task-form');
  await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.type('Half a task');
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(add).toBeFocused();
  await expect(add).toHaveAttribute('aria-expanded', 'false');
  // Saved, the focus goes back there too.
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
  await page.keyboard.type('A task typed from the keyboard');
  await form.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ label: NDRC });
  await form.getByLabel('Title', { exact: true }).press('Enter');
  await expect(page.getByRole('status')).toContainText('Task added');
  await expect(add).toBeFocused();
});

test('a task with two co-operating units, a leader and a milestone, in one form', async ({ page }) => {
  const form = await openAdd(page);
  await expect(form.getByRole('heading', { name: 'New task' })).toBeVisible();
  await form.getByLabel('Title', { exact: true }).fill('Build a provincial data-sharing platform');
  await form.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ label: NDRC });
  // The lead unit is never offered as a co-operating unit.
  await expect(coUnits(page).getByRole('checkbox', { name: NDRC, exact: true })).toHaveCount(0);
  await coUnits(page).getByRole('checkbox', { name: ORG, exact: true }).check();
  await coUnits(page).getByRole('checkbox', { name: TAIYUAN, exact: true }).check();
  await form.getByLabel('Deadline', { exact: true }).fill('2023-12-20');

  // The rest is folded, one click away.
  await expect(more(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(form.getByLabel('Leader in charge', { exact: true })).toBeHidden();
  await more(page).click();
  await expect(more(page)).toHaveAttribute('aria-expanded', 'true');
  await form.getByLabel('Leader in charge', { exact: true }).fill('Vice Governor Li');
  await form.getByRole('button', { name: 'Add a milestone' }).click();
  await expect(form.getByLabel('Milestone 1', { exact: true })).toBeFocused();
  await form.getByLabel('Milestone 1', { exact: true }).fill('Platform online');
  await form.getByLabel('Due date of milestone 1', { exact: true }).fill('2023-11-30');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
  await expect(form).toHaveCount(0);

  await toEnd(page);
  await page.getByRole('link', { name: 'Build a provincial data-sharing platform' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Build a provincial data-sharing platform');
  const facts = page.locator('.task-facts');
  const co = facts.locator('div', { has: page.getByText('Co-operating units', { exact: true }) }).locator('dd');
  await expect(co).toContainText(ORG);
  await expect(co).toContainText(TAIYUAN);
  await expect(co).not.toContainText(NDRC);
  await expect(facts).toContainText('Vice Governor Li');
  await expect(page.locator('.milestones-section')).toContainText('Platform online');

  // One command: one undo takes the whole task away.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Task not found' })).toBeVisible();
});

test('"save and add another" adds two tasks in a row, keeping area, lead, tier and deadline', async ({ page }) => {
  const form = await openAdd(page);
  const title = form.getByLabel('Title', { exact: true });
  await title.fill('First task of the list');
  await form.getByLabel('Key area', { exact: true }).selectOption({ index: 2 });
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ label: TAIYUAN });
  await form.getByLabel('Tier', { exact: true }).selectOption({ label: 'Key' });
  await form.getByLabel('Deadline', { exact: true }).fill('2023-11-15');
  await coUnits(page).getByRole('checkbox', { name: NDRC, exact: true }).check();
  await form.getByRole('button', { name: 'Save and add another' }).click();

  await expect(page.getByRole('status')).toContainText('Task “First task of the list” added');
  await expect(form).toBeVisible();
  await expect(title).toHaveValue('');
  await expect(title).toBeFocused();
  // No "required" warning on the emptied title before the user tries again.
  await expect(page.locator('#tf-title-error')).toHaveText('');
  await expect(form.getByLabel('Lead unit', { exact: true })).toHaveValue('u-ty-invest');
  await expect(form.getByLabel('Deadline', { exact: true })).toHaveValue('2023-11-15');
  await expect(form.getByLabel('Tier', { exact: true })).toHaveValue('key');
  await expect(coUnits(page).getByRole('checkbox', { name: NDRC, exact: true })).not.toBeChecked();

  await page.keyboard.type('Second task of the list');
  await form.getByRole('button', { name: 'Save and add another' }).click();
  await expect(page.getByRole('status')).toContainText('Task “Second task of the list” added');
  await expect(title).toHaveValue('');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByText('All 46 tasks', { exact: true })).toBeVisible();
  await toEnd(page);
  for (const name of ['First task of the list', 'Second task of the list']) {
    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText(TAIYUAN);
    await expect(row).toContainText('2023-11-15');
  }
  await expect(page.getByRole('row', { name: /First task of the list/ })).toContainText(NDRC);
  // Two tasks, two commands: undo takes the second one away first.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText('All 45 tasks', { exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /Second task of the list/ })).toHaveCount(0);
});

test('editing a task opens the same form, filled, and changes its co-operating units', async ({ page }) => {
  await page.goto('./?view=task&id=t-1-1&lang=en&today=2023-09-30');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Deliver the 165 key tasks');
  await page.getByRole('button', { name: 'Edit task' }).click();
  const form = page.locator('form.task-form');
  await expect(form.getByRole('heading', { name: 'Edit task' })).toBeVisible();
  await expect(form.getByRole('button', { name: 'Save and add another' })).toHaveCount(0);
  // The task has values in the folded fields, so they are open.
  await expect(more(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(form.getByLabel('Task number', { exact: true })).toHaveValue('1.1');
  await expect(form.getByLabel('Milestone 4', { exact: true })).toHaveValue('Q4: year-end assessment and closing');
  await expect(form.getByLabel('Lead unit', { exact: true })).toHaveValue('u-prov-office');
  await expect(coUnits(page).getByRole('checkbox', { name: OFFICE, exact: true })).toHaveCount(0);
  const ndrc = coUnits(page).getByRole('checkbox', { name: NDRC, exact: true });
  await expect(ndrc).toBeChecked();
  await ndrc.uncheck();
  await coUnits(page).getByRole('checkbox', { name: ORG, exact: true }).check();
  await coUnits(page).getByRole('checkbox', { name: TAIYUAN, exact: true }).check();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task saved');
  await expect(form).toHaveCount(0);
  const co = page.locator('.task-facts div', { has: page.getByText('Co-operating units', { exact: true }) }).locator('dd');
  await expect(co).toContainText(ORG);
  await expect(co).toContainText(TAIYUAN);
  await expect(co).not.toContainText(NDRC);
  // The milestones were kept as they were.
  await expect(page.locator('.milestones-section li.milestone')).toHaveCount(4);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(co).toHaveText(NDRC);
});

test('a problem in a folded field opens the fold and shows beside the field', async ({ page }) => {
  const form = await openAdd(page);
  await form.getByLabel('Title', { exact: true }).fill('A task with a bad weight');
  await form.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ index: 1 });
  await more(page).click();
  await form.getByLabel('Weight', { exact: true }).fill('-2');
  await form.getByRole('button', { name: 'Add a milestone' }).click();
  await more(page).click();
  await expect(form.getByLabel('Weight', { exact: true })).toBeHidden();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await expect(more(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#tf-weight-error')).toContainText('cannot be negative');
  await expect(form.getByLabel('Milestone 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Due date of milestone 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  // A row taken away again is no longer a problem.
  await form.getByRole('button', { name: 'Remove milestone 1' }).click();
  await form.getByLabel('Weight', { exact: true }).fill('2');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
});

test('keyboard only: the co-operating units are reached with Tab and ticked with Space', async ({ page }) => {
  const form = await openAdd(page);
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ label: OFFICE });
  await form.getByLabel('Tier', { exact: true }).focus();
  await page.keyboard.press('Tab');
  // The lead unit (first in the plan) is left out, so the first box is the second unit.
  const first = coUnits(page).getByRole('checkbox', { name: NDRC, exact: true });
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(coUnits(page).getByRole('checkbox', { name: ORG, exact: true })).toBeChecked();
});

test('the form in Chinese: labels, fold and the second save button', async ({ page }) => {
  await page.goto('./?view=tasks&lang=zh-CN&today=2023-09-30');
  await page.getByRole('button', { name: '新增任务' }).click();
  const form = page.locator('form.task-form');
  await expect(form.getByRole('heading', { name: '新任务' })).toBeVisible();
  await expect(page.getByRole('group', { name: '配合单位' })).toBeVisible();
  await expect(form.getByRole('button', { name: '保存并继续添加' })).toBeVisible();
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.locator('#tf-title-error')).toContainText('此项必填');
});

test('a funding source is edited in the task form, shown on the task page, kept after reload and exported', async ({ browser }) => {
  const dir = path.join('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  for (const [lang, word, text] of [
    ['en', 'Funding source', 'Provincial special fund'],
    ['zh-CN', '资金来源', '省级财政专项资金'],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`./?view=task&id=t-1-1&lang=${lang}&today=2023-09-30`);
    const facts = page.locator('.task-facts');
    const fact = facts.locator('div', { has: page.getByText(word, { exact: true }) }).locator('dd');
    await expect(fact).not.toContainText(text);
    await page.locator('.task-actions button.primary').click();
    const form = page.locator('form.task-form');
    // Task 1.1 has a leader, so its form opens with the fold open.
    await expect(form.locator('button.disclosure')).toHaveAttribute('aria-expanded', 'true');
    await form.getByLabel(word, { exact: true }).fill(text);
    await page.setViewportSize({ width: 1280, height: 900 });
    await form.screenshot({ path: path.join(dir, `funding-form-${lang}.png`) });
    await form.locator('button[type=submit]').click();
    await expect(form).toHaveCount(0);
    await expect(fact).toHaveText(text);
    await facts.screenshot({ path: path.join(dir, `funding-facts-${lang}.png`) });
    await page.reload();
    await expect(fact).toHaveText(text);
    // The task sheet has a column for it, headed with the same word.
    await page.goto(`./?view=tasks&lang=${lang}&today=2023-09-30`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^(Export CSV|导出 CSV)$/ }).click(),
    ]);
    const file = test.info().outputPath(`funding-${lang}.csv`);
    await download.saveAs(file);
    const lines = fs.readFileSync(file, 'utf8').slice(1).split('\r\n');
    expect(lines[0].split(',')).toContain(word);
    expect(lines.find((l) => l.startsWith('1.1,'))?.split(',')).toContain(text);
    await context.close();
  }
});

test('a date whose year no plan has (what a date field makes of 2027/9/30 typed in the wrong order) is refused as such', async ({ page }) => {
  const form = await openAdd(page);
  await form.getByLabel('Title', { exact: true }).fill('A task with a slip of the keyboard');
  await form.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Deadline', { exact: true }).fill('7930-02-02');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#tf-deadline-error')).toContainText('The year of this date is not right');
  await expect(page.getByText('Task added')).toHaveCount(0);
  await form.getByLabel('Deadline', { exact: true }).fill('2023-09-30');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
});

test('a date the browser cannot read (30 February) is refused with its message, not saved as no date', async ({ page }) => {
  const form = await openAdd(page);
  await form.getByLabel('Title', { exact: true }).fill('A task due on a day February does not have');
  await form.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ index: 1 });
  // Typed into the date field's segments, as a user types it: the browser
  // leaves the field's value empty, which used to save the task with no
  // deadline at all.
  const deadline = form.getByLabel('Deadline', { exact: true });
  await deadline.click();
  await page.keyboard.type('02302024');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#tf-deadline-error')).toContainText('This is not a date');
  await expect(page.getByText('Task added')).toHaveCount(0);
  // Leaving the field empty and going on does not make it blank.
  await deadline.focus();
  await form.getByLabel('Title', { exact: true }).focus();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#tf-deadline-error')).toContainText('This is not a date');
  await expect(page.getByText('Task added')).toHaveCount(0);
  // Put right, it saves.
  await deadline.fill('2023-11-30');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
});

test('a deadline copied from the plan document (2023年12月底前) and pasted into the date field is read as its day', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const form = await openAdd(page);
  await form.getByLabel('Title', { exact: true }).fill('A task whose deadline is pasted');
  await form.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await form.getByLabel('Lead unit', { exact: true }).selectOption({ index: 1 });
  const deadline = form.getByLabel('Deadline', { exact: true });
  const paste = async (text: string) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await deadline.click();
    await page.keyboard.press('ControlOrMeta+V');
  };
  // As the document writes it, with the plan's year when it has none.
  await paste('2023年12月底前');
  await expect(deadline).toHaveValue('2023-12-31');
  await paste('6月底');
  await expect(deadline).toHaveValue('2023-06-30');
  // Words that name no day leave the field as it was.
  await paste('尽快完成');
  await expect(deadline).toHaveValue('2023-06-30');
  await paste('2023年三季度末');
  await expect(deadline).toHaveValue('2023-09-30');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
  await page.getByRole('searchbox', { name: 'Search tasks' }).fill('deadline is pasted');
  await expect(page.getByRole('row').filter({ hasText: 'A task whose deadline is pasted' })).toContainText('2023-09-30');
});
