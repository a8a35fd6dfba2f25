import { test, expect, Page } from './fixtures';
import { goTo, more } from './header';

// A month of supervision in one go: a new unit and task, two reports, the
// light moving as the day moves past the deadline, an undo, and a reload.

async function report(page: Page, progress: string, narrative: string) {
  await page.getByRole('button', { name: 'Report progress' }).click();
  await page.getByLabel('Progress (%)', { exact: true }).fill(progress);
  await page.getByLabel('Progress made', { exact: true }).fill(narrative);
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
}

function light(page: Page) {
  return page.locator('.task-facts .light').first();
}

test('a full supervision cycle on the sample plan', async ({ page }) => {
  await page.goto('./?lang=en&today=2023-09-01');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Who is making changes, set once.
  await more(page);
  await page.locator('.identity summary').click();
  await page.getByLabel('Your name').fill('Li Hua');
  await page.getByLabel('Your unit').fill('Supervision Office');
  await page.locator('.identity').getByRole('button', { name: 'Save' }).click();

  // A new unit.
  await goTo(page, 'Units');
  await page.getByRole('button', { name: 'Add unit' }).click();
  await page.getByLabel('Unit name').fill('Digital Economy Office');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('table', { name: 'All units' }).getByRole('row', { name: /Digital Economy Office/ })).toBeVisible();

  // A task led by it, due 2023-09-20.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: /^More details/ }).click();
  await page.getByLabel('Task number', { exact: true }).fill('7.9');
  await page.getByLabel('Title', { exact: true }).fill('Put 50 enterprises on the cloud');
  await page.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ label: 'Digital Economy Office' });
  await page.getByLabel('Start date', { exact: true }).fill('2023-03-01');
  await page.getByLabel('Deadline', { exact: true }).fill('2023-09-20');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
  // The table draws only the rows in view: the new task is found by a search.
  await page.getByLabel('Search tasks').fill('enterprises on the cloud');
  await page.getByRole('link', { name: 'Put 50 enterprises on the cloud' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Put 50 enterprises on the cloud');
  const taskUrl = page.url();

  // Started in March but entered today: it owes no report for the months
  // before it was entered, only one by its deadline (September's would be
  // due on 10-15). Grey, with the day.
  await expect(light(page)).toContainText('Not reported');
  await expect(light(page)).toContainText('not reported yet — first report due 2023-09-20');

  await report(page, '60', 'Thirty enterprises on the cloud');
  await report(page, '85', 'Forty-three enterprises on the cloud');
  // 85% done, 91% expected (184 of 203 days gone): within the 10-point band, on track.
  await expect(light(page)).toContainText('On track');
  await expect(light(page)).toContainText('85% done, 91% expected by now');

  // Move the day past the deadline: the light turns red and says why.
  await page.goto(taskUrl.replace('today=2023-09-01', 'today=2023-09-25'));
  await expect(light(page)).toContainText('Overdue or lagging');
  await expect(light(page)).toContainText('5 days past the deadline, 85% done');

  // Report again, then undo that last report.
  await report(page, '95', 'Forty-eight enterprises on the cloud');
  await expect(page.locator('.task-facts').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '95');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.ledger')).not.toContainText('Forty-eight');
  await expect(page.locator('.task-facts').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '85');

  // Reload: everything as it was left.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Put 50 enterprises on the cloud');
  await expect(page.locator('li.report')).toHaveCount(2);
  await expect(page.locator('.task-facts').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '85');
  await expect(light(page)).toContainText('5 days past the deadline');

  // The history says who did what, undo included.
  await goTo(page, 'History');
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText('Undid a change to');
  await expect(rows.nth(1)).toContainText('Li Hua · Supervision Office');
  await expect(page.getByRole('row', { name: /Added unit.*Digital Economy Office/ })).toBeVisible();

  // Keyboard: Ctrl+Z undoes, Ctrl+Y redoes (outside form fields).
  await page.goto(taskUrl.replace('today=2023-09-01', 'today=2023-09-25'));
  await report(page, '90', 'Forty-five enterprises on the cloud');
  await page.locator('h1').click();
  await page.keyboard.press('Control+Z');
  await expect(page.locator('.ledger')).not.toContainText('Forty-five');
  await page.keyboard.press('Control+Y');
  await expect(page.locator('.ledger')).toContainText('Forty-five');
});
