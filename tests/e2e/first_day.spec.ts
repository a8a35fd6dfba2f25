import { test, expect, Page } from './fixtures';
import { goTo, more } from './header';

// A new office's first visit: the sample says it is a sample, "Start your own
// plan" opens the new-plan dialog, the dialog asks for a level (none is
// chosen for the user), and the new plan's dashboard shows the setup
// checklist, ticked as goals, areas and units are added.

const TODAY = '2024-03-15';

function checklist(page: Page) {
  return page.getByRole('region', { name: 'Set up your plan' });
}

function step(page: Page, name: string) {
  return checklist(page).getByRole('listitem', { name, exact: true });
}

test('first visit: from the sample banner to a new plan and its setup checklist', async ({ page }) => {
  await page.goto(`./?lang=en&today=${TODAY}`);

  // The sample says what it is, with the way to one's own plan beside it.
  const banner = page.getByRole('region', { name: 'About the sample plan' });
  await expect(banner).toContainText('This is a sample plan.');
  await expect(banner).toContainText('Shanxi 2023');
  await expect(banner).toContainText('stay in this browser');
  await expect(checklist(page)).toHaveCount(0);
  // "Restore sample plan" stays, quieter than "New plan" in the header.
  const header = await more(page);
  await expect(header.getByRole('button', { name: 'New plan', exact: true })).toHaveClass(/primary/);
  await expect(header.getByRole('button', { name: 'Restore sample plan' })).toHaveClass(/quiet/);

  await banner.getByRole('button', { name: 'Start your own plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Plan title')).toBeFocused();
  // This calendar year by default; no level chosen.
  await expect(dialog.getByLabel('Period start')).toHaveValue('2024-01-01');
  await expect(dialog.getByLabel('Period end')).toHaveValue('2024-12-31');
  await expect(dialog.getByLabel('Level', { exact: true })).toHaveValue('');
  await expect(dialog.getByLabel('Level', { exact: true }).locator('option:checked')).toHaveText('Choose…');

  // A missing level is refused, said beside the field; nothing is made.
  await dialog.getByLabel('Plan title').fill('Qibin District 2024 key tasks');
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Please correct the fields marked below.');
  await expect(dialog.locator('#np-level-error')).toHaveText('Choose the level of the plan.');
  await expect(dialog.getByLabel('Level', { exact: true })).toBeFocused();
  await expect(dialog.locator('#np-title-error')).toHaveText('');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('plan-tracker/v1/plan/')).length)).toBe(1);

  await dialog.getByLabel('Level', { exact: true }).selectOption({ label: 'District' });
  await expect(dialog.locator('#np-level-error')).toHaveText('');
  await dialog.getByLabel('Issuing office (optional)').fill('Qibin District Supervision Office');
  await dialog.getByLabel('Reporting cadence').selectOption({ label: 'Quarterly' });
  await dialog.getByRole('button', { name: 'Create plan' }).click();

  // The new plan opens on its dashboard, with the checklist and nothing ticked.
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qibin District 2024 key tasks');
  await expect(page.getByRole('status')).toContainText('Your plan is created');
  await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Dashboard', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.facts')).toContainText('District');
  await expect(page.locator('.facts')).toContainText('Qibin District Supervision Office');
  await expect(page.getByRole('region', { name: 'About the sample plan' })).toHaveCount(0);
  await expect(checklist(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expect(checklist(page)).toContainText('0 of 4 steps done');
  const names = ['Goals and key areas', 'Units', 'Tasks', 'First reporting round'];
  for (const name of names) {
    await expect(step(page, name)).toContainText('To do');
  }
  await expect(step(page, 'Goals and key areas')).toHaveAttribute('aria-current', 'step');
  // No task yet: no light is marked out, and no notice can be sent to nothing.
  await expect(page.locator('.shares .light-red')).toHaveClass(/\bnone\b/);
  await expect(page.locator('.shares .light-red .share-link')).toHaveCSS('background-color', 'rgb(250, 251, 252)');
  await expect(page.getByRole('button', { name: /^Issue notices? to/ })).toHaveCount(0);

  // Step 1: its link leads to goals & areas; a goal and an area tick it.
  await step(page, 'Goals and key areas').getByRole('link', { name: 'Go to goals & areas' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goals, key areas and plan settings');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByLabel('Goal title').fill('A leading district in high-quality development');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Add key area' }).click();
  await page.getByLabel('Area title').fill('Project construction');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Project construction', level: 3 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(checklist(page)).toContainText('1 of 4 steps done');
  await expect(step(page, 'Goals and key areas')).toContainText('Done');
  await expect(step(page, 'Units')).toContainText('To do');
  await expect(step(page, 'Units')).toHaveAttribute('aria-current', 'step');

  // Step 2: a unit.
  await step(page, 'Units').getByRole('link', { name: 'Go to units' }).click();
  await page.getByRole('button', { name: 'Add unit' }).click();
  await page.getByLabel('Unit name').fill('District Development and Reform Bureau');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('table', { name: 'All units' }).getByRole('row', { name: /District Development and Reform Bureau/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(checklist(page)).toContainText('2 of 4 steps done');
  await expect(step(page, 'Units')).toContainText('Done');
  await expect(step(page, 'Tasks')).toContainText('To do');
  await expect(step(page, 'First reporting round')).toContainText('To do');
  await expect(step(page, 'Tasks').getByRole('link', { name: 'Go to tasks' })).toHaveAttribute('href', /view=tasks/);
  await expect(step(page, 'First reporting round').getByRole('link', { name: 'Report by unit' })).toHaveAttribute('href', /view=report/);

  // The sample, switched back to, shows its banner and no checklist.
  await page.getByRole('banner').getByRole('combobox', { name: 'Plan', exact: true }).selectOption({ index: 0 });
  await expect(page.getByRole('region', { name: 'About the sample plan' })).toBeVisible();
  await expect(checklist(page)).toHaveCount(0);
});

test('the header and the plans view open the same dialog; Escape and Cancel make nothing', async ({ page }) => {
  await page.goto(`./?lang=en&today=${TODAY}`);
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await (await more(page)).getByRole('button', { name: 'New plan', exact: true }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Plan title').fill('Left unsaved');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await goTo(page, 'Plans');
  await page.getByRole('button', { name: 'New empty plan' }).click();
  await expect(dialog).toBeVisible();
  // A fresh form each time.
  await expect(dialog.getByLabel('Plan title')).toHaveValue('');
  await expect(dialog.getByLabel('Level', { exact: true })).toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('table.plans-table tbody tr')).toHaveCount(1);
});

test('in Chinese: the banner, the refused level and the checklist', async ({ page }) => {
  await page.goto(`./?today=${TODAY}`);
  const banner = page.getByRole('region', { name: '关于示例规划' });
  await expect(banner).toContainText('这是一份示例规划。');
  await banner.getByRole('button', { name: '创建自己的规划' }).click();
  const dialog = page.getByRole('dialog', { name: '新建规划' });
  await dialog.getByLabel('规划名称').fill('淇滨区2024年重点任务督查台账');
  await dialog.getByRole('button', { name: '创建规划' }).click();
  await expect(dialog.locator('#np-level-error')).toHaveText('请选择规划层级。');
  await dialog.getByLabel('层级', { exact: true }).selectOption({ label: '区级' });
  await dialog.getByRole('button', { name: '创建规划' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('淇滨区2024年重点任务督查台账');
  const list = page.getByRole('region', { name: '设置规划' });
  await expect(list).toContainText('已完成 0/4 步');
  await expect(list.getByRole('listitem', { name: '战略目标与重点领域' })).toContainText('待完成');

  // A task's form before any key area or unit: it says where to add them.
  await page.goto(`./?view=tasks&today=${TODAY}`);
  await page.getByRole('button', { name: '新增任务' }).click();
  const form = page.locator('form.task-form');
  await expect(form).toContainText('本规划还没有重点领域，每项任务须归入一个领域。');
  await expect(form).toContainText('本规划还没有单位，每项任务须有牵头单位。');
  await form.getByRole('link', { name: '到“单位”添加单位' }).click();
  await expect(page).toHaveURL(/view=units/);
});
