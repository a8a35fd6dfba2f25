import { test, expect, Page } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';
import { goTo } from './header';

const PLAN_KEY = 'plan-tracker/v1/plan/sample-shanxi-2023';

async function stored(page: Page, key = PLAN_KEY): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

async function tab(page: Page, name: string) {
  await goTo(page, name);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('goals, areas and units: add, use, delete with reassignment, undo in one step', async ({ page }) => {
  page.on('dialog', (d) => d.accept());
  await page.goto('./?lang=en&today=2023-09-30');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A unit.
  await tab(page, 'Units');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Units');
  await page.getByRole('button', { name: 'Add unit' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('#unit-name-error')).toContainText('required');
  // A name another unit has (spaces and case aside) is refused.
  await page.getByLabel('Unit name').fill(' provincial development and reform commission　');
  await expect(page.locator('#unit-name-error')).toContainText(
    'another unit is already called “provincial development and reform commission”',
  );
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await page.getByLabel('Unit name').fill('Pilot Zone Office');
  await page.getByLabel('Kind of unit').selectOption({ label: 'Town or township' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const unitRow = page.getByRole('table', { name: 'All units' }).getByRole('row', { name: /Pilot Zone Office/ });
  await expect(unitRow).toBeVisible();
  await expect(unitRow).toContainText('Town or township');
  await expect(unitRow.getByRole('link', { name: 'Report for this unit: Pilot Zone Office' })).toBeVisible();

  // A goal, and an area under it.
  await tab(page, 'Goals & areas');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByLabel('Goal title').fill('Pilot goal');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pilot goal', level: 3 })).toBeVisible();
  await page.getByRole('button', { name: 'Add key area' }).click();
  await page.getByLabel('Area title').fill('Pilot reform area');
  await page.getByLabel('Under strategic goal').selectOption({ label: 'Pilot goal' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pilot reform area', level: 3 })).toBeVisible();
  await expect(page.getByText('Under: Pilot goal')).toBeVisible();

  // A task in that area, through the task list's form.
  await tab(page, 'Tasks');
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: /^More details/ }).click();
  await page.getByLabel('Task number', { exact: true }).fill('P.1');
  await page.getByLabel('Title', { exact: true }).fill('Pilot task of the reform area');
  await page.getByLabel('Key area', { exact: true }).selectOption({ label: 'Pilot reform area' });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ label: 'Pilot Zone Office' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
  const pilotRow = page.getByRole('row', { name: /Pilot task/ });
  await expect(pilotRow).toContainText('Pilot reform area');

  // Deleting the area it uses opens the panel; reassigning moves the task.
  await tab(page, 'Goals & areas');
  const pilotItem = page.locator('.setup-item', { has: page.getByRole('heading', { name: 'Pilot reform area' }) });
  await expect(pilotItem).toContainText('1 task');
  await expect(pilotItem.getByRole('progressbar')).toBeVisible();
  await expect(pilotItem).toContainText('0 completed');
  await page.getByRole('button', { name: 'Delete: Pilot reform area' }).click();
  const panel = page.locator('.in-use-panel');
  await expect(panel).toContainText('is still in use');
  await expect(panel).toContainText('used by 1 task, 0 projects and 0 indicators');
  await panel.getByRole('button', { name: 'Reassign and delete' }).click();
  await expect(page.locator('#area-del-target-error')).toContainText('Choose where');
  const target = panel.getByLabel('Key area to move them to');
  await target.selectOption({ index: 1 });
  const otherArea = (await target.locator('option:checked').textContent())!.trim();
  await panel.getByRole('button', { name: 'Reassign and delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted the key area');
  await expect(page.getByRole('heading', { name: 'Pilot reform area', level: 3 })).toHaveCount(0);
  await tab(page, 'Tasks');
  // The table draws only the rows in view: the new task is found by a search.
  await page.getByLabel('Search tasks').fill('Pilot task');
  await expect(pilotRow).toContainText(otherArea);

  // One undo brings back the area and the task's old area.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(pilotRow).toContainText('Pilot reform area');
  await expect(pilotRow).not.toContainText(otherArea);

  // A goal with areas under it: the panel offers to detach them.
  await tab(page, 'Goals & areas');
  await page.getByRole('button', { name: 'Delete: Pilot goal' }).click();
  const goalPanel = page.locator('.in-use-panel');
  await expect(goalPanel).toContainText('1 key area is under this strategic goal');
  await goalPanel.getByLabel('Detach the key areas from any goal').check();
  await goalPanel.getByRole('button', { name: 'Reassign and delete' }).click();
  await expect(page.getByRole('heading', { name: 'Pilot goal', level: 3 })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Pilot reform area', level: 3 })).toBeVisible();
  await expect(page.getByText('Under: Pilot goal')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Under: Pilot goal')).toBeVisible();

  // Reload: all of it was saved.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pilot goal', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pilot reform area', level: 3 })).toBeVisible();

  // Deleting the unit that leads the task: its task goes to another unit, in one undoable step.
  await tab(page, 'Units');
  await page.getByRole('button', { name: 'Delete: Pilot Zone Office' }).click();
  const unitPanel = page.locator('.in-use-panel');
  await expect(unitPanel).toContainText('This unit leads 1 task and 0 projects');
  const heir = unitPanel.getByLabel('Unit to take over its lead tasks and projects');
  await heir.selectOption({ index: 1 });
  const heirName = (await heir.locator('option:checked').textContent())!.trim();
  await unitPanel.getByRole('button', { name: 'Reassign and delete' }).click();
  await expect(page.getByRole('row', { name: /Pilot Zone Office/ })).toHaveCount(0);
  let plan = JSON.parse((await stored(page))!).plan;
  const task = plan.tasks.find((t: { code: string }) => t.code === 'P.1');
  expect(plan.units.find((u: { id: string }) => u.id === task.lead).name).toBe(heirName);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('table', { name: 'All units' }).getByRole('row', { name: /Pilot Zone Office/ })).toBeVisible();
  plan = JSON.parse((await stored(page))!).plan;
  const back = plan.tasks.find((t: { code: string }) => t.code === 'P.1');
  expect(plan.units.find((u: { id: string }) => u.id === back.lead).name).toBe('Pilot Zone Office');
});

test('plan settings are checked as typed and refused with the reason beside the field', async ({ page }) => {
  await page.goto('./?lang=en&today=2023-09-30&view=setup');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const before = await stored(page);
  await page.getByLabel('Period end').fill('2022-06-30');
  await expect(page.locator('#ps-end-error')).toContainText('before the start date');
  await expect(page.getByLabel('Period end')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Lagging (red) when behind by (percentage points)').fill('5');
  await expect(page.locator('#ps-lagging-error')).toContainText('cannot be smaller');
  await page.getByLabel('At risk (yellow) when behind by (percentage points)').fill('-3');
  await expect(page.locator('#ps-at-risk-error')).toContainText('negative');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  expect(await stored(page)).toBe(before);

  // Fixed, it saves, and undo puts the old settings back.
  await page.getByLabel('Period end').fill('2024-06-30');
  await page.getByLabel('At risk (yellow) when behind by (percentage points)').fill('5');
  await page.getByLabel('Lagging (red) when behind by (percentage points)').fill('20');
  await page.getByLabel('Reporting cadence').selectOption({ label: 'Quarterly' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Plan settings saved');
  expect(JSON.parse((await stored(page))!).plan.end).toBe('2024-06-30');
  expect(JSON.parse((await stored(page))!).plan.cadence).toBe('quarterly');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Period end')).toHaveValue('2023-12-31');
});

test('plans: new, switch, duplicate without reports, delete, and it holds after reload', async ({ page }) => {
  page.on('dialog', (d) => d.accept());
  await page.goto('./?lang=en&today=2023-09-30');
  const sampleTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

  // The last plan cannot be deleted.
  await tab(page, 'Plans');
  await page.getByRole('button', { name: `Delete: ${sampleTitle}` }).click();
  await expect(page.getByRole('alert')).toContainText('last plan cannot be deleted');

  // A new empty plan, in the new-plan dialog; it opens on its dashboard.
  await page.getByRole('button', { name: 'New empty plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Period start').fill('2024-01-01');
  await dialog.getByLabel('Period end').fill('2023-12-31');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.locator('#np-title-error')).toContainText('required');
  await expect(page.locator('#np-end-error')).toContainText('before the start date');
  await expect(page.locator('#np-level-error')).toContainText('Choose the level');
  await dialog.getByLabel('Plan title').fill('Qibin District 2024 key projects');
  await dialog.getByLabel('Period end').fill('2024-12-31');
  await dialog.getByLabel('Level', { exact: true }).selectOption({ label: 'District' });
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('status')).toContainText('Your plan is created');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qibin District 2024 key projects');
  await tab(page, 'Plans');
  await expect(page.getByRole('row', { name: /Qibin District 2024/ })).toContainText('Open now');

  // Switch with the plan switcher in the top bar.
  // (The label wraps the select, so its text includes the options: find it by role and name.)
  const switcher = page.getByRole('banner').getByRole('combobox', { name: 'Plan', exact: true });
  await switcher.selectOption({ label: sampleTitle });
  await tab(page, 'Dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sampleTitle);
  await switcher.selectOption({ label: 'Qibin District 2024 key projects' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qibin District 2024 key projects');
  await expect(page.getByText('No key areas are set.')).toBeVisible();

  // Duplicate the sample without its reports.
  await tab(page, 'Plans');
  await page.getByRole('button', { name: `Duplicate: ${sampleTitle}` }).click();
  await page.getByLabel('Title of the copy').fill('Sample copy 2024');
  await page.getByLabel('Shift all dates by (years, optional)').fill('1');
  await page.getByLabel(/Drop progress reports/).check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Copy created');
  const copyRow = page.getByRole('row', { name: /Sample copy 2024/ });
  await expect(copyRow).toContainText('Open now');
  await expect(copyRow.locator('td').nth(0)).toContainText('2024-01-01');
  await expect(copyRow.locator('td').nth(2)).toHaveText('0');
  const sampleRow = page.getByRole('row', { name: new RegExp(sampleTitle.replace(/[()]/g, '.')) }).first();
  expect(Number(await sampleRow.locator('td').nth(2).textContent())).toBeGreaterThan(0);
  await tab(page, 'Dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sample copy 2024');
  await expect(page.locator('.facts div', { hasText: 'Progress reports' }).locator('dd')).toHaveText('0');
  await tab(page, 'History');
  await expect(page.getByRole('row')).toHaveCount(2);

  // Rename the new empty plan (not open): it opens, and the rename can be undone.
  await tab(page, 'Plans');
  await page.getByRole('button', { name: 'Rename: Qibin District 2024 key projects' }).click();
  await page.getByLabel('New title').fill('Qibin District 2024 projects ledger');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Plan renamed');
  await expect(page.getByRole('row', { name: /Qibin District 2024 projects ledger/ })).toContainText('Open now');

  // Delete the copy.
  await page.getByRole('button', { name: 'Delete: Sample copy 2024' }).click();
  await expect(page.getByRole('status')).toContainText('Plan deleted');
  await expect(page.getByRole('row', { name: /Sample copy 2024/ })).toHaveCount(0);
  // The keyboard stays in the list: on the Delete of the row in its place, or the one before.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
    .toMatch(/^Delete: /);

  // Reload: two plans, the renamed one open.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans in this browser');
  await expect(page.getByRole('row', { name: /Qibin District 2024 projects ledger/ })).toContainText('Open now');
  await expect(page.getByRole('row', { name: /Sample copy 2024/ })).toHaveCount(0);
  await expect(page.locator('table.plans-table tbody tr')).toHaveCount(2);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('plan-tracker/v1/plan/')));
  expect(keys.length).toBe(2);
});

test('a plan opened from Plans comes back with its own undo steps, as from the plan menu', async ({ page }) => {
  await page.goto('./?lang=en&today=2023-09-30');
  const sampleTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await tab(page, 'Plans');
  await page.getByRole('button', { name: 'New empty plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan title').fill('Qibin District 2024 key projects');
  await dialog.getByLabel('Period start').fill('2024-01-01');
  await dialog.getByLabel('Period end').fill('2024-12-31');
  await dialog.getByLabel('Level', { exact: true }).selectOption({ label: 'District' });
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('status')).toContainText('Your plan is created');
  // One change to the new plan, to undo later.
  await tab(page, 'Plans');
  await page.getByRole('button', { name: 'Rename: Qibin District 2024 key projects' }).click();
  await page.getByLabel('New title').fill('Qibin District 2024 projects ledger');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Plan renamed');
  const undo = page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeEnabled();
  // The sample opened from Plans has no step of the other plan's to undo.
  await page.getByRole('button', { name: `Open: ${sampleTitle}` }).click();
  await expect(page.getByRole('status')).toContainText('Plan opened');
  await expect(page.getByRole('row', { name: new RegExp(sampleTitle.replace(/[()]/g, '.')) }).first()).toContainText('Open now');
  await expect(undo).toBeDisabled();
  // Opened again from Plans, the renamed plan can still undo its rename.
  await page.getByRole('button', { name: 'Open: Qibin District 2024 projects ledger' }).click();
  await expect(page.getByRole('row', { name: /Qibin District 2024 projects ledger/ })).toContainText('Open now');
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(page.getByRole('row', { name: /Qibin District 2024 key projects/ })).toContainText('Open now');
});

test('screenshots of the setup, units and plans views', async ({ browser }) => {
  const dir = path.join('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  for (const lang of ['zh-CN', 'en']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const view of ['setup', 'units', 'plans']) {
        await page.goto(`./?lang=${lang}&today=2023-09-30&view=${view}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (view === 'setup') {
          // Show the "still in use" panel of the first area.
          await page.locator('.setup-section').nth(1).getByRole('button', { name: /^(Delete|删除)/ }).first().click();
          await expect(page.locator('.in-use-panel')).toBeVisible();
        }
        await page.screenshot({ path: path.join(dir, `${view}-${lang}-${width}.png`), fullPage: true });
      }
    }
    await context.close();
  }
});
