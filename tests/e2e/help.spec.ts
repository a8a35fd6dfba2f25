import { test, expect, Page } from './fixtures';
import { goTo, more } from './header';

// The keyboard shortcuts, their panel, the first visit's guide and the help
// page, whose words follow the plan's settings.

const TODAY = '2023-09-30';

async function open(page: Page, lang: string, extra = '') {
  await page.goto(`./?lang=${lang}&today=${TODAY}${extra}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** The focus on nothing in particular: the page's body. */
async function blur(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

test('g t, g d and / go to the tasks, the dashboard and the search', async ({ page }) => {
  await open(page, 'en');
  await blur(page);
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page).toHaveURL(/view=tasks/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task list');
  await page.keyboard.press('g');
  await page.keyboard.press('d');
  await expect(page).not.toHaveURL(/view=/);
  // A "d" without its "g" does nothing; nor does a "g" then another key.
  await page.keyboard.press('g');
  await page.keyboard.press('x');
  await page.keyboard.press('t');
  await expect(page).not.toHaveURL(/view=/);

  // "/" from the dashboard: the task table, its search focused.
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/view=tasks/);
  const search = page.getByRole('searchbox', { name: 'Search tasks' });
  await expect(search).toBeFocused();
  // Typing in the search: letters are letters, no shortcut fires.
  await page.keyboard.type('g d');
  await expect(search).toHaveValue('g d');
  await expect(page).toHaveURL(/view=tasks/);
  // "/" on the table itself puts the focus back in the search.
  await blur(page);
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
});

test('r opens the report form of the task on screen; Ctrl+Z and Ctrl+Shift+Z undo and redo, but not in a field', async ({ page }) => {
  await open(page, 'en', '&view=task&id=t-1-1');
  await blur(page);
  await page.keyboard.press('r');
  const progress = page.getByLabel('Progress (%)', { exact: false });
  await expect(progress).toBeFocused();
  await expect(page.locator('#report-progress')).toHaveAttribute('aria-expanded', 'true');
  await progress.fill('77');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  const reports = page.locator('.ledger ol.reports > li');
  const count = await reports.count();

  // In a field, Ctrl+Z is the field's own: the text typed goes, the report stays.
  await page.keyboard.press('r');
  await progress.pressSequentially('12');
  await page.keyboard.press('Control+z');
  await expect(progress).not.toHaveValue('12');
  await expect(reports).toHaveCount(count);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();

  // Outside a field, Ctrl+Z undoes the report, Ctrl+Shift+Z and Ctrl+Y redo it.
  await blur(page);
  await page.keyboard.press('Control+z');
  await expect(reports).toHaveCount(count - 1);
  await page.keyboard.press('Control+Shift+Z');
  await expect(reports).toHaveCount(count);
  await page.keyboard.press('Control+z');
  await expect(reports).toHaveCount(count - 1);
  await page.keyboard.press('Control+y');
  await expect(reports).toHaveCount(count);
});

test('? opens the shortcuts in a dialog that Escape closes, the focus back where it was', async ({ page }) => {
  await open(page, 'en', '&view=tasks');
  const add = page.getByRole('button', { name: 'Add task' });
  await add.focus();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('row', { name: 'Go to the tasks g then t' })).toBeVisible();
  await expect(dialog.getByRole('row', { name: 'Redo Ctrl+Shift+Z or Ctrl+Y' })).toBeVisible();
  // Keys do nothing under the dialog.
  await page.keyboard.press('g');
  await page.keyboard.press('d');
  await expect(page).toHaveURL(/view=tasks/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(add).toBeFocused();

  // From the files-and-settings list, in Chinese; Close gives the focus back.
  await open(page, 'zh-CN');
  const list = await more(page);
  const button = list.getByRole('button', { name: '键盘快捷键' });
  await button.click();
  const zh = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(zh.getByRole('row', { name: '转到任务清单 g 再按 t' })).toBeVisible();
  await zh.getByRole('button', { name: '关闭' }).click();
  await expect(zh).toBeHidden();
  await expect(button).toBeFocused();
});

test('the first visit shows a guide until it is dismissed; the help page shows it again', async ({ page }) => {
  await open(page, 'en');
  const guide = page.getByRole('region', { name: 'Welcome' });
  await expect(guide).toBeVisible();
  await expect(guide).toContainText('sample plan');
  await expect(guide.getByRole('listitem')).toHaveCount(4);
  await expect(guide).toContainText('Files & settings');
  await guide.getByRole('button', { name: 'Got it' }).click();
  await expect(guide).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(guide).toBeHidden();

  await goTo(page, 'Help');
  await expect(page).toHaveURL(/view=help/);
  await page.getByRole('button', { name: 'Show the first-visit guide again' }).click();
  await expect(guide).toBeVisible();
});

test('a browser that already has a plan shows no guide, though it was never dismissed', async ({ page }) => {
  await open(page, 'en');
  await expect(page.getByRole('region', { name: 'Welcome' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.dash-summary')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Welcome' })).toBeHidden();
});

test('the help page words the rules from the plan settings, and follows them', async ({ page }) => {
  await open(page, 'en', '&view=help');
  const lights = page.getByRole('region', { name: 'Traffic lights' });
  await expect(lights).toContainText('more than 25 percentage points behind');
  await expect(lights).toContainText('does not require verification');
  const score = page.getByRole('region', { name: 'Unit scoreboard' });
  await expect(score).toContainText('On-time completion: 40% of the score');
  await expect(score).toContainText('Reporting discipline: 20% of the score');
  await expect(page.getByRole('region', { name: 'Keyboard shortcuts' }).getByRole('table')).toBeVisible();

  await page.getByRole('link', { name: 'Goals & areas' }).last().click();
  await page.getByLabel('Lagging (red) when behind by (percentage points)').fill('30');
  await page.getByLabel('Reporting discipline', { exact: true }).fill('40');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toContainText('Plan settings saved');
  await goTo(page, 'Help');
  await expect(lights).toContainText('more than 30 percentage points behind');
  await expect(score).toContainText('On-time completion: 33.3% of the score');
  await expect(score).toContainText('Reporting discipline: 33.3% of the score');

  // In Chinese, the same figures.
  await page.goto(`./?lang=zh-CN&today=${TODAY}&view=help`);
  await expect(page.getByRole('region', { name: '单位考核排名' })).toContainText('报送及时率：占总分 33.3%');
});

test('keyboard only: find a task, report its progress and undo it, without the mouse', async ({ page }) => {
  await open(page, 'en');
  await blur(page);
  // Find the task: "/" to the search, its words typed.
  await page.keyboard.press('/');
  await page.keyboard.type('comprehensive transportation');
  const link = page.getByRole('link', { name: 'Improve the comprehensive transportation system' });
  await expect(link).toBeVisible();
  // Tab on to its row's link, as far as it takes (the filters come first).
  for (let i = 0; i < 120; i++) {
    if (await link.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Improve the comprehensive transportation system');
  const reports = page.locator('.ledger ol.reports > li');
  const count = await reports.count();

  // Report progress: "r" opens the form with the focus in it; Enter saves.
  await page.keyboard.press('r');
  const progress = page.getByLabel('Progress (%)', { exact: false });
  await expect(progress).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('85');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Progress report recorded');
  await expect(reports).toHaveCount(count + 1);

  // The form closed, the focus is back on its button: Ctrl+Z undoes.
  await expect(page.locator('#report-progress')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(reports).toHaveCount(count);
});

test('the help page says how a deadline from the plan document is pasted into a date field, and a date field reads each example it gives', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, 'en', '&view=help');
  const dates = page.getByRole('region', { name: 'Dates' });
  await expect(dates).toContainText('“2023年6月底前”, “6月底”, “2023/6/30”, “上半年” are each read as 2023-06-30.');
  await expect(dates).toContainText('A date written without its year is in 2023, the year this plan starts');
  const examples = (await dates.textContent())!.match(/“[^”]+”/g)!.map((q) => q.slice(1, -1));
  expect(examples).toHaveLength(4);

  await goTo(page, 'Tasks');
  const to = page.getByRole('group', { name: 'Deadline' }).getByLabel('To', { exact: true });
  for (const example of examples) {
    await to.fill('');
    await page.evaluate((t) => navigator.clipboard.writeText(t), example);
    await to.click();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(to, example).toHaveValue('2023-06-30');
  }
  // The filter follows the pasted day.
  await expect(page.getByText('1 of 44 tasks', { exact: true })).toBeVisible();

  // In Chinese, the same examples.
  await page.goto(`./?lang=zh-CN&today=${TODAY}&view=help`);
  await expect(page.getByRole('region', { name: '日期填写' })).toContainText('“2023年6月底前”“6月底”“2023/6/30”“上半年”都读作 2023-06-30。');
});
