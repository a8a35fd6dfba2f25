import { test, expect, Page } from './fixtures';
import { toEnd } from './task_region';
import * as fs from 'fs';
import * as path from 'path';

// The task table on the sample plan as of 2023-09-30. The figures below were
// worked out from src/sample/: 44 tasks; 6 red (5.3, 7.3, 8.2, 9.1, 10.2,
// 13.4), 5 of them regular tasks; one overdue (8.2, due 2023-09-15, 80%);
// the earliest deadline is 1.3's (2023-06-30), then 8.2's, then 6.3's.

const EN = './?view=tasks&lang=en&today=2023-09-30';
const ZH = './?view=tasks&lang=zh-CN&today=2023-09-30';

async function open(page: Page, url = EN) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

function table(page: Page) {
  return page.getByRole('table');
}

/** The task codes in the table, top to bottom. */
async function codes(page: Page): Promise<string[]> {
  return (await table(page).locator('tbody tr td:first-child').allTextContents()).map((s) => s.trim());
}


function count(page: Page, text: string) {
  return page.getByText(text, { exact: true });
}

test('the sample plan lists all 44 tasks, each with its figures and a link', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { name: 'Task list', level: 1 })).toBeVisible();
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await expect(count(page, 'All 44 tasks')).toHaveAttribute('aria-live', 'polite');
  // One table of 45 rows (the header and 44 tasks), of which those in view are drawn.
  await expect(table(page)).toHaveAttribute('aria-rowcount', '45');
  await expect(table(page).getByRole('row').first()).toHaveAttribute('aria-rowindex', '1');
  await expect(table(page).getByRole('row', { name: /^1\.1 / })).toHaveAttribute('aria-rowindex', '2');
  await toEnd(page);
  await expect(table(page).getByRole('row').last()).toHaveAttribute('aria-rowindex', '45');
  const headers = table(page).getByRole('columnheader');
  await expect(headers).toHaveText([
    /No\./, /Task/, /Key area/, /Lead unit/, /Co-operating units/, /Tier/, /Deadline/, /Progress/, /Status/, /Last report/,
  ]);
  // A row further up is reached as a user would: by searching for it.
  await page.getByLabel('Search tasks').fill('comprehensive transportation');
  const row = page.getByRole('row', { name: /^8\.2 / });
  await expect(row).toContainText('Improve the comprehensive transportation system');
  await expect(row).toContainText('Convenience for residents and businesses');
  await expect(row).toContainText("Xiaodian District People's Government, Taiyuan");
  await expect(row).toContainText('2023-09-15');
  await expect(row).toContainText('2023-08-18');
  await expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '80');
  await expect(row).toContainText('Overdue or lagging');
  await row.getByRole('link', { name: 'Improve the comprehensive transportation system' }).click();
  await expect(page).toHaveURL(/view=task&id=t-8-2/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Improve the comprehensive transportation system');
});

test('search: case-insensitive, words joined by AND', async ({ page }) => {
  await open(page);
  const search = page.getByLabel('Search tasks');
  await search.fill('CLOUD');
  await expect(count(page, '1 of 44 tasks')).toBeVisible();
  expect(await codes(page)).toEqual(['3.3']);
  await search.fill('Qibin');
  await expect(count(page, '4 of 44 tasks')).toBeVisible();
  expect(await codes(page)).toEqual(['2.2', '2.3', '2.4', '2.5']);
  // Two words: both must match (unit name and title).
  await search.fill('xiaodian safe');
  await expect(count(page, '2 of 44 tasks')).toBeVisible();
  expect(await codes(page)).toEqual(['6.2', '11.3']);
  await expect(page).toHaveURL(/q=xiaodian(\+|%20)safe/);
  // Typing keeps the focus in the box; Enter goes to the first task found,
  // past the filters between them.
  await expect(search).toBeFocused();
  await search.press('Enter');
  const first = page.locator('table.task-table tr.task-row').first();
  await expect(first.locator('th.title a')).toBeFocused();
  await expect(first).toContainText('6.2');
});

test('search in Chinese on the Chinese sample', async ({ page }) => {
  // A first visit in Chinese, so the sample plan is in Chinese too.
  await open(page, ZH);
  await expect(count(page, '共 44 项任务')).toBeVisible();
  const zhSearch = page.getByLabel('搜索任务');
  await zhSearch.fill('招商');
  await expect(count(page, '显示 4 项，共 44 项任务')).toBeVisible();
  expect(await codes(page)).toEqual(['2.3', '3.1', '9.1', '9.4']);
  await zhSearch.fill('小店 安全');
  await expect(count(page, '显示 3 项，共 44 项任务')).toBeVisible();
  expect(await codes(page)).toEqual(['6.2', '11.1', '11.3']);
  // Typed in an input method's full-width mode, a number still matches.
  await zhSearch.fill('９．４');
  await expect(count(page, '显示 1 项，共 44 项任务')).toBeVisible();
  expect(await codes(page)).toEqual(['9.4']);
});

test('typed with a pinyin input method, the search waits for the characters chosen', async ({ page, context }) => {
  await open(page, ZH);
  const zhSearch = page.getByLabel('搜索任务');
  await zhSearch.focus();
  // The browser's own input-method events, as a pinyin input method sends
  // them: the letters composed one by one, then the characters chosen.
  const ime = await context.newCDPSession(page);
  for (const letters of ['z', 'zh', 'zha', 'zhao', 'zhaos', 'zhaosh', 'zhaoshang']) {
    await ime.send('Input.imeSetComposition', { text: letters, selectionStart: letters.length, selectionEnd: letters.length });
  }
  await expect(zhSearch).toHaveValue('zhaoshang');
  // The letters are not searched for: every task is still shown, and the
  // address has no query.
  await expect(count(page, '共 44 项任务')).toBeVisible();
  expect(await codes(page)).toContain('1.1');
  expect(new URL(page.url()).searchParams.get('q')).toBeNull();
  await ime.send('Input.insertText', { text: '招商' });
  await expect(zhSearch).toHaveValue('招商');
  await expect(count(page, '显示 4 项，共 44 项任务')).toBeVisible();
  expect(await codes(page)).toEqual(['2.3', '3.1', '9.1', '9.4']);
  await expect(page).toHaveURL(/[?&]q=%E6%8B%9B%E5%95%86/);
  // Typed on without an input method, the search follows each key again.
  await zhSearch.press('End');
  await page.keyboard.type(' 9.4');
  await expect(count(page, '显示 1 项，共 44 项任务')).toBeVisible();
});

test('a facet count is the number of rows its box shows', async ({ page }) => {
  await open(page);
  const red = page.getByRole('checkbox', { name: 'Overdue or lagging (6)' });
  await expect(red).toBeVisible();
  await red.check();
  await expect(count(page, '6 of 44 tasks')).toBeVisible();
  await expect(table(page).locator('tbody tr')).toHaveCount(6);
  expect(await codes(page)).toEqual(['5.3', '7.3', '8.2', '9.1', '10.2', '13.4']);
  // Counts now read "given the red light": 5 regular tasks, 1 key breakthrough task, no key task (dimmed, still there).
  const regular = page.getByRole('checkbox', { name: 'Regular (5)' });
  await expect(page.getByRole('checkbox', { name: 'Key (0)' })).toBeVisible();
  await regular.check();
  await expect(count(page, '5 of 44 tasks')).toBeVisible();
  await expect(table(page).locator('tbody tr')).toHaveCount(5);
  // Both filters are chips with accessible names.
  await expect(page.getByRole('button', { name: 'Remove filter Status: Overdue or lagging' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove filter Tier: Regular' }).click();
  await expect(count(page, '6 of 44 tasks')).toBeVisible();
  await expect(regular).not.toBeChecked();
  // The keyboard goes on to the chip left, then, the last removed, to the search box.
  const status = page.getByRole('button', { name: 'Remove filter Status: Overdue or lagging' });
  await expect(status).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await expect(page.getByLabel('Search tasks')).toBeFocused();
});

// The panel's counts follow the rows a frame later (the rows are drawn
// first): typed key by key, they end on the search's own figures.
test('the counts beside the filters follow a search typed key by key', async ({ page }) => {
  await open(page);
  const lights = ['Overdue or lagging', 'At risk', 'Not reported', 'On track', 'Completed'];
  // The counts of the five lights: together, every task shown.
  const total = async () => {
    let sum = 0;
    for (const light of lights) {
      const box = page.getByRole('checkbox', { name: new RegExp(`^${light} \\(\\d+\\)`) });
      const label = await box.evaluate((el: HTMLInputElement) => (el.labels?.[0] ?? el.closest('label'))?.textContent ?? '');
      sum += Number(/\((\d+)\)/.exec(label)?.[1] ?? NaN);
    }
    return sum;
  };
  await expect.poll(total).toBe(44);
  await page.getByLabel('Search tasks').pressSequentially('Qibin');
  await expect(count(page, '4 of 44 tasks')).toBeVisible();
  await expect.poll(total).toBe(4);
  await expect(page.getByRole('button', { name: 'Remove filter Search: “Qibin”' })).toBeVisible();
  await page.getByLabel('Search tasks').press('Control+a');
  await page.getByLabel('Search tasks').press('Backspace');
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await expect.poll(total).toBe(44);
  await expect(page.getByRole('button', { name: /^Remove filter/ })).toHaveCount(0);
});

test('sorting by deadline puts 1.3 first; a second click flips it', async ({ page }) => {
  await open(page);
  const header = page.getByRole('columnheader', { name: 'Deadline' });
  await expect(header).not.toHaveAttribute('aria-sort', /.+/);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=deadline/);
  expect((await codes(page)).slice(0, 3)).toEqual(['1.3', '8.2', '6.3']);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=deadline&desc=1/);
  // Every other task is due 2023-12-31 or 2023-11-30; ties keep plan order.
  expect((await codes(page)).slice(0, 2)).toEqual(['1.1', '1.2']);
  await toEnd(page);
  await expect.poll(async () => (await codes(page)).slice(-3)).toEqual(['6.3', '8.2', '1.3']);
  // Sort by code: numbers compare as numbers (10.1 after 9.5).
  await page.getByRole('columnheader', { name: 'No.' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'No.' })).toHaveAttribute('aria-sort', 'ascending');
  await toEnd(page);
  await expect(table(page).getByRole('row', { name: /^10\.1 / })).toBeVisible();
  const byCode = await codes(page);
  expect(byCode.indexOf('10.1')).toBe(byCode.indexOf('9.5') + 1);
});

test('filters survive a reload, and back and forward step through each change', async ({ page }) => {
  await open(page);
  await page.getByRole('checkbox', { name: 'Overdue or lagging (6)' }).check();
  await expect(count(page, '6 of 44 tasks')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Regular (5)' }).check();
  await expect(count(page, '5 of 44 tasks')).toBeVisible();
  await page.getByRole('columnheader', { name: 'Progress' }).getByRole('button').click();
  expect(await codes(page)).toEqual(['7.3', '10.2', '13.4', '5.3', '8.2']);

  await page.reload();
  await expect(count(page, '5 of 44 tasks')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Overdue or lagging/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Regular/ })).toBeChecked();
  await expect(page.getByRole('columnheader', { name: 'Progress' })).toHaveAttribute('aria-sort', 'ascending');
  expect(await codes(page)).toEqual(['7.3', '10.2', '13.4', '5.3', '8.2']);

  await page.goBack();
  await expect(count(page, '5 of 44 tasks')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Progress' })).not.toHaveAttribute('aria-sort', /.+/);
  await page.goBack();
  await expect(count(page, '6 of 44 tasks')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Regular/ })).not.toBeChecked();
  await page.goBack();
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Overdue or lagging/ })).not.toBeChecked();
  await page.goForward();
  await expect(count(page, '6 of 44 tasks')).toBeVisible();
  await page.goForward();
  await expect(count(page, '5 of 44 tasks')).toBeVisible();
});

test('clicks quicker than a frame, and typing straight after one, keep their history entries in order', async ({ page }) => {
  await open(page);
  const entries = () => page.evaluate(() => history.length);
  const start = await entries();
  // Two boxes ticked in one task, before any frame is painted: the table
  // changes at once, and each click's entry is added, the first before the
  // second.
  await page.evaluate(() => {
    const box = (name: string) =>
      [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) =>
        b.labels?.[0]?.textContent?.startsWith(name),
      )!;
    box('Overdue or lagging').click();
    box('Regular').click();
  });
  await expect(count(page, '5 of 44 tasks')).toBeVisible();
  await expect.poll(entries).toBe(start + 2);
  await page.goBack();
  await expect(count(page, '6 of 44 tasks')).toBeVisible();
  await page.goBack();
  await expect(count(page, 'All 44 tasks')).toBeVisible();

  // A click, then a search typed in the same task: the click's entry is
  // added first, and the search is written into it, not into the entry before.
  await page.evaluate(() => {
    const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) =>
      b.labels?.[0]?.textContent?.startsWith('Overdue or lagging'),
    )!;
    box.click();
    const search = document.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'xiaodian';
    search.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(page).toHaveURL(/xiaodian/);
  await page.reload();
  await expect(page.getByLabel('Search tasks')).toHaveValue('xiaodian');
  await expect(page.getByRole('checkbox', { name: /^Overdue or lagging/ })).toBeChecked();
  await page.goBack();
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await expect(page.getByLabel('Search tasks')).toHaveValue('');
});

test('clearing filters is one action, and one step back undoes it', async ({ page }) => {
  await open(page);
  await page.getByLabel('Search tasks').fill('xiaodian');
  await expect(count(page, '25 of 44 tasks')).toBeVisible();
  await page.getByRole('checkbox', { name: /^Overdue or lagging/ }).check();
  await page.getByRole('checkbox', { name: /^Regular/ }).check();
  // 5.3, 7.3, 8.2 and 10.2: red, regular, Xiaodian in a unit's name.
  await expect(count(page, '4 of 44 tasks')).toBeVisible();
  const chips = page.getByRole('list', { name: 'Filters in use' }).getByRole('button');
  await expect(chips).toHaveCount(3);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await expect(page.getByLabel('Search tasks')).toHaveValue('');
  await expect(chips).toHaveCount(0);
  await page.goBack();
  await expect(count(page, '4 of 44 tasks')).toBeVisible();
  await expect(page.getByLabel('Search tasks')).toHaveValue('xiaodian');
});

test('nothing matching says so and offers to clear', async ({ page }) => {
  await open(page, EN + '&q=no-such-words-anywhere');
  await expect(count(page, '0 of 44 tasks')).toBeVisible();
  await expect(page.getByText('No task matches these filters.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.locator('.empty-result').getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page, 'All 44 tasks')).toBeVisible();
});

test('a half-typed date or a number out of range is reported by its field', async ({ page }) => {
  await open(page);
  const pmax = page.getByLabel('At most');
  await pmax.fill('150');
  await pmax.press('Enter');
  await expect(page.locator('#flt-pmax-error')).toHaveText('Enter a whole number from 0 to 100; the filter was not changed.');
  await expect(pmax).toHaveAttribute('aria-invalid', 'true');
  await expect(pmax).toHaveValue('150');
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await pmax.fill('60');
  await pmax.press('Enter');
  await expect(page.locator('#flt-pmax-error')).toHaveText('');
  // 1.5, 2.3, 2.5, 3.1, 3.3, 4.1, 5.2, 5.3, 7.3, 9.1, 10.2, 10.3 and 13.4 are at 60% or less.
  await expect(count(page, '13 of 44 tasks')).toBeVisible();
  // A figure applies as it is typed, as the search does: no Enter, the
  // focus still in the field; its keys are one step back in history.
  await pmax.fill('');
  await pmax.press('Enter');
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await pmax.pressSequentially('60');
  await expect(count(page, '13 of 44 tasks')).toBeVisible();
  await expect(pmax).toBeFocused();
  await expect(page.locator('#flt-pmax-error')).toHaveText('');
  await page.goBack();
  await expect(count(page, 'All 44 tasks')).toBeVisible();
  await expect(pmax).toHaveValue('');

  const since = page.getByLabel('No report since');
  await since.click();
  await page.keyboard.type('09');
  await since.blur();
  await expect(page.locator('#flt-since-error')).toContainText('Not a complete date');
  await expect(since).toHaveAttribute('aria-invalid', 'true');
  await since.fill('2023-09-01');
  await expect(page.locator('#flt-since-error')).toHaveText('');
  await expect(page).toHaveURL(/since=2023-09-01/);
});

test('keyboard only: Tab to search, type, Tab to a checkbox, Space', async ({ page }) => {
  await open(page);
  // Start from the heading; the "Add task" button comes first, then the two
  // CSV buttons, the three ways to a new item from a source, then the
  // search box.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add task' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import CSV' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeFocused();
  for (const from of ['a meeting', "a leader's instruction", 'a document']) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: `New item from ${from}` })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Search tasks')).toBeFocused();
  await page.keyboard.type('xiaodian');
  await expect(count(page, '25 of 44 tasks')).toBeVisible();
  await page.keyboard.press('Tab');
  const overdue = page.getByRole('checkbox', { name: 'Overdue only (1)' });
  await expect(overdue).toBeFocused();
  await page.keyboard.press('Space');
  await expect(count(page, '1 of 44 tasks')).toBeVisible();
  expect(await codes(page)).toEqual(['8.2']);
  await expect(overdue).toBeChecked();
  await expect(overdue).toBeFocused();
});

test('a task added from the table appears in it', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: /^More details/ }).click();
  await page.getByLabel('Task number', { exact: true }).fill('14.1');
  await page.getByLabel('Title', { exact: true }).fill('Open a one-stop service window');
  await page.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
  await expect(count(page, 'All 45 tasks')).toBeVisible();
  // The new task is the last row: the table scrolls to it, far below the first rows.
  await expect(page.getByRole('row', { name: /^1\.1 / })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /^14\.1 / })).toHaveAttribute('aria-rowindex', '46');
  await expect(page.getByRole('row', { name: /^14\.1 Open a one-stop service window/ })).toContainText('None yet');
});

test('on a phone the filters fold behind one button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await open(page, EN + '&light=red');
  const toggle = page.getByRole('button', { name: 'Filters (1)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('checkbox', { name: /^Overdue only/ })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('checkbox', { name: /^Overdue or lagging/ })).toBeChecked();
  // Sorting without the header row: the menu.
  await page.getByLabel('Sort by').selectOption({ label: 'Deadline (ascending)' });
  expect((await codes(page))[0]).toBe('8.2');
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('screenshots of the task table in both languages', async ({ browser }) => {
  const dir = path.join('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  for (const lang of ['zh-CN', 'en']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?view=tasks&lang=${lang}&today=2023-09-30&light=red&light=yellow&sort=deadline`);
      await expect(page.getByRole('table')).toBeVisible();
      await page.screenshot({ path: path.join(dir, `tasks-${lang}-${width}.png`), fullPage: true });
    }
    await context.close();
  }
});

test('the tasks a filter matches change in one go: tasks already so are counted, those it would break a rule of are named and left out, and one undo takes it all back', async ({ page }) => {
  await open(page, './?view=tasks&light=red&lang=en&today=2023-09-30');
  await expect(count(page, '6 of 44 tasks')).toBeVisible();
  const bulk = page.locator('.tasks-results .bulk-edit');
  await bulk.getByRole('button', { name: 'Change 6 tasks at once' }).click();
  const form = bulk.locator('form');
  await expect(form.getByRole('heading', { name: 'Change many tasks at once' })).toBeVisible();
  const reach = form.locator('.bulk-reach');
  await expect(reach).toHaveText('0 tasks will change.');
  await expect(form.getByRole('button', { name: 'Change 0 tasks' })).toBeDisabled();
  // Each unit list starts at the choice that changes nothing: the lead
  // unit as it is, no co-operating unit added.
  await expect(form.getByLabel('Lead unit').locator('option').first()).toHaveText('As it is');
  await expect(form.getByLabel('Add a co-operating unit').locator('option').first()).toHaveText('(none)');

  // A deadline before two tasks' start (10.2 and 13.4 start in April).
  const deadline = form.getByLabel('Deadline');
  await deadline.fill('2023-03-15');
  await expect(reach).toHaveText('4 tasks will change; left out, as the change would break a rule: 2 (listed below).');
  const out = form.locator('.bulk-skipped li');
  await expect(out).toHaveCount(2);
  await expect(out.first()).toContainText('10.2 ');
  await expect(out.last()).toContainText('13.4 ');
  // The year's end: only 8.2 (due 15 September) changes.
  await deadline.fill('2023-12-31');
  await expect(reach).toHaveText('1 task will change; already so: 5.');
  await expect(out).toHaveCount(0);

  // A tag and a new lead unit, added to the six.
  await form.getByLabel('Add a tag').fill('Provincial priority');
  const taiyuan = (await form.getByLabel('Lead unit').locator('option[value="u-taiyuan"]').textContent())!.trim();
  await form.getByLabel('Lead unit').selectOption('u-taiyuan');
  await expect(reach).toHaveText('6 tasks will change.');
  await form.getByRole('button', { name: 'Change 6 tasks' }).click();
  await expect(page.getByRole('status')).toContainText('6 tasks changed.');
  await expect(form).toHaveCount(0);

  // The six carry the tag; 8.2's lead is now Taiyuan, no longer among its
  // co-operating units, and its deadline the year's end.
  await open(page, './?view=tasks&tag=Provincial%20priority&lang=en&today=2023-09-30');
  await expect(count(page, '6 of 44 tasks')).toBeVisible();
  const row82 = table(page).locator('tr.task-row').filter({ has: page.locator('td.code', { hasText: /^8\.2$/ }) });
  await expect(row82.locator('td.lead-cell')).toHaveText(taiyuan);
  await expect(row82.locator('td.co-cell')).toHaveText('—');
  // One undo takes the six back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(count(page, '0 of 44 tasks')).toBeVisible();

  // In Chinese, the same button.
  await open(page, './?view=tasks&light=red&lang=zh-CN&today=2023-09-30');
  await page.locator('.tasks-results .bulk-edit').getByRole('button', { name: '批量修改这 6 项任务' }).click();
  const zh = page.locator('.tasks-results .bulk-edit form');
  await expect(zh).toContainText('批量修改任务');
  await expect(zh.getByLabel('牵头单位').locator('option').first()).toHaveText('保持不变');
  await expect(zh.getByLabel('增加配合单位').locator('option').first()).toHaveText('（无）');
});
