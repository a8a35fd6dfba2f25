import { test, expect, Page } from './fixtures';
import { goTo, more } from './header';

// A row deleted from a list: the focus goes to the row that took its place,
// or to the one before it when it was the last, or to the list's heading
// when the list is left empty. It is never lost to the page's body.

const TODAY = '2023-09-30';

async function open(page: Page, extra: string) {
  await page.goto(`./?lang=en&today=${TODAY}${extra}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** The accessible name of the element with the focus. */
function focusedLabel(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
  });
}

test('an indicator deleted: the focus goes to the next row, then, the last deleted, to the row before', async ({ page }) => {
  await open(page, '&view=indicators');
  page.on('dialog', (d) => d.accept());
  const deletes = page.locator('table').getByRole('button', { name: /^Delete: / });
  const names = await deletes.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')!));
  expect(names.length).toBeGreaterThan(2);

  await deletes.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/deleted|unlinked/);
  await expect(deletes).toHaveCount(names.length - 1);
  await expect.poll(() => focusedLabel(page)).toBe(names[1]);

  await deletes.last().focus();
  await page.keyboard.press('Enter');
  await expect(deletes).toHaveCount(names.length - 2);
  await expect.poll(() => focusedLabel(page)).toBe(names[names.length - 2]);
});

test('the only goal deleted: the focus goes to the list heading', async ({ page }) => {
  await open(page, '');
  page.on('dialog', (d) => d.accept());
  await (await more(page)).getByRole('button', { name: 'New plan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan title').fill('Focus test plan');
  await dialog.getByLabel('Level', { exact: true }).selectOption({ label: 'District' });
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(dialog).toBeHidden();

  await goTo(page, 'Goals & areas');
  for (const title of ['First goal', 'Second goal']) {
    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.getByLabel('Goal title').fill(title);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
  }
  // The first of two: the second takes its place and the focus.
  await page.getByRole('button', { name: 'Delete: First goal' }).click();
  await expect(page.getByRole('heading', { name: 'First goal', level: 3 })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete: Second goal' })).toBeFocused();
  // The last one: the list's heading.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Second goal', level: 3 })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Strategic goals', level: 2 })).toBeFocused();
});

test('a unit in use deleted through its panel: the focus goes to the Delete of the unit that took its place', async ({ page }) => {
  await open(page, '&view=units');
  page.on('dialog', (d) => d.accept());
  const deletes = page.locator('table').getByRole('button', { name: /^Delete: / });
  const names = await deletes.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')!));
  await deletes.first().click();
  const panel = page.locator('.in-use-panel');
  await expect(panel).toBeVisible();
  await panel.getByLabel('Unit to take over its lead tasks and projects').selectOption({ index: 1 });
  await panel.locator('button.danger').click();
  await expect(page.getByRole('status')).toContainText('Deleted the unit');
  await expect(deletes).toHaveCount(names.length - 1);
  await expect.poll(() => focusedLabel(page)).toBe(names[1]);
});

test('a form closed on a task’s page gives the focus back to the button that opened it', async ({ page }) => {
  await open(page, '&view=task&id=t-1-1');
  // The task's own form, cancelled.
  const edit = page.getByRole('button', { name: 'Edit task' });
  await edit.click();
  await page.locator('form.task-form').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('form.task-form')).toHaveCount(0);
  await expect(edit).toBeFocused();

  // A milestone added, then edited: back on Add milestone, then on its Edit.
  const add = page.getByRole('button', { name: 'Add milestone' });
  await add.click();
  await page.getByLabel('Milestone', { exact: true }).fill('Check in October');
  await page.getByLabel('Due date', { exact: true }).fill('2023-10-16');
  await page.locator('.milestone-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Milestone saved');
  await expect(add).toBeFocused();
  await page.locator('li.milestone').filter({ hasText: 'Check in October' }).getByRole('button', { name: /^Edit/ }).click();
  await page.getByLabel('Milestone', { exact: true }).fill('Check in mid-October');
  await page.locator('.milestone-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Milestone saved');
  const edited = page.locator('li.milestone').filter({ hasText: 'Check in mid-October' });
  await expect(edited.getByRole('button', { name: /^Edit/ })).toBeFocused();

  // A notice, cancelled.
  const issue = page.getByRole('button', { name: 'Issue a notice' });
  await issue.click();
  await page.locator('form.notice-form').getByRole('button', { name: 'Cancel' }).click();
  await expect(issue).toBeFocused();

  // A step of the loop, cancelled: back on the first of the next steps.
  const next = page.locator('section.lifecycle .lc-actions button').first();
  await next.click();
  await page.locator('section.lifecycle form').getByRole('button', { name: 'Cancel' }).click();
  await expect(next).toBeFocused();
});

test('Escape closes a form opened in place, and the keyboard goes back to the button that opened it', async ({ page }) => {
  await open(page, '&view=units');
  const edit = page.locator('table.units-table').getByRole('button', { name: /^Edit: / }).nth(1);
  const label = await edit.getAttribute('aria-label');
  await edit.focus();
  await page.keyboard.press('Enter');
  const form = page.locator('table.units-table form.inline-form');
  await expect(form.getByLabel('Unit name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect.poll(() => focusedLabel(page)).toBe(label);

  // The indicators' Values panel closes with Escape too, back on its button.
  await page.goto(`./?lang=en&today=${TODAY}&view=indicators`);
  const values = page.locator('table').getByRole('button', { name: /^Values: / }).first();
  const valuesLabel = await values.getAttribute('aria-label');
  await values.focus();
  await page.keyboard.press('Enter');
  // The row is drawn again with its panel: the keyboard is in the panel's first field.
  await expect(page.getByRole('button', { name: valuesLabel! })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#iv-period')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.panel-row')).toHaveCount(0);
  await expect.poll(() => focusedLabel(page)).toBe(valuesLabel);
});

test('Undo pressed until there is nothing left to undo: the keyboard goes on to Redo, and back', async ({ page }) => {
  await open(page, '&view=indicators');
  await page.locator('table').getByRole('button', { name: /^Move down: / }).first().click();
  await expect(page.getByRole('status')).toContainText(/moved/i);
  const undo = page.getByRole('banner').getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('banner').getByRole('button', { name: 'Redo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(undo).toBeDisabled();
  await expect(redo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(redo).toBeDisabled();
  await expect(undo).toBeFocused();
});
