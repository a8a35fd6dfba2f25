import { test, expect, Page } from './fixtures';

// The sample plan (English) on 2023-09-30: 44 tasks; weighted progress
// 4777 / 75 = 63.7%; red 6 (8.2 overdue since 09-15, then 5.3, 7.3, 9.1, 10.2,
// 13.4 lagging, the last three never reported), yellow 5, grey 1, green 30,
// completed 2; nothing open falls due by 10-30; the grey task is the
// not-reported panel, last reported 07-20 (August's report, due 09-15, is
// missing; 10.3 and 4.1, last reported in August, are not grey).
const Q = '?lang=en&today=2023-09-30';

async function open(page: Page, query = Q) {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

function codesOf(list: import('@playwright/test').Locator) {
  return list.getByRole('listitem').evaluateAll((items) =>
    items.map((li) => li.querySelector('.code')?.textContent?.trim() ?? ''),
  );
}

test('the dashboard shows the sample figures as of 2023-09-30', async ({ page }) => {
  await open(page);
  const overall = page.getByRole('region', { name: 'Overall progress' });
  // The figure to one decimal, as the bulletin says it; the bar rounds.
  await expect(overall.locator('.big-figure')).toHaveText('63.7%');
  await expect(overall.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '64');
  await expect(overall.getByRole('link', { name: 'All 44 tasks' })).toBeVisible();

  // The share of each light: word, count and percent.
  const shares = page.getByRole('region', { name: 'Tasks by status' });
  await expect(shares.getByRole('img')).toHaveAttribute('aria-label', /6 overdue or lagging/);
  await expect(shares.getByRole('link', { name: 'Overdue or lagging 6 14%' })).toBeVisible();
  await expect(shares.getByRole('link', { name: 'At risk 5 11%' })).toBeVisible();
  await expect(shares.getByRole('link', { name: 'Not reported 1 2%' })).toBeVisible();
  await expect(shares.getByRole('link', { name: 'On track 30 68%' })).toBeVisible();
  await expect(shares.getByRole('link', { name: 'Completed 2 5%' })).toBeVisible();

  // The red list, longest overdue first, each with its reason and lead unit.
  const red = page.getByRole('region', { name: 'Red list' });
  await expect(red.getByRole('link', { name: '6 red tasks' })).toBeVisible();
  const redItems = red.getByRole('list').first();
  expect(await codesOf(redItems)).toEqual(['8.2', '5.3', '7.3', '9.1', '10.2', '13.4']);
  const first = redItems.getByRole('listitem').first();
  // Its unit reported it at risk: that word is shown beside the red light.
  await expect(first).toContainText('reported At risk; shown red — 15 days past the deadline, 80% done');
  await expect(first).toContainText("Lead: Xiaodian District People's Government, Taiyuan");
  // 7.3 was never reported: its first report fell due on 03-31 + 15 days.
  await expect(redItems.getByRole('listitem').nth(2)).toContainText('no report since due on 2023-04-15; 70% expected by now');
  await expect(red.getByRole('link', { name: "Xiaodian District People's Government, Taiyuan 4 red" })).toBeVisible();

  // Nothing open falls due by 10-30 (6.3, due 09-30, is completed).
  const due = page.getByRole('region', { name: 'Due in the next 30 days' });
  await expect(due).toContainText('No open task falls due in the next 30 days.');
  await expect(due.getByRole('link', { name: '0 tasks due' })).toBeVisible();
  // Below them, the milestones of open tasks: missed first (1.2's and 9.1's
  // of 06-30, 8.2's of 09-15), then those due by 10-30.
  await expect(due.getByRole('heading', { name: '7 milestones due or missed', level: 3 })).toBeVisible();
  const milestones = due.getByRole('list');
  await expect(milestones.getByRole('listitem')).toHaveCount(7);
  expect(await codesOf(milestones)).toEqual(['1.2', '9.1', '8.2', '1.2', '2.1', '9.1', '4.1']);
  await expect(milestones.getByRole('listitem').first()).toContainText('2023-06-30 missed');
  await expect(milestones.getByRole('listitem').last()).toContainText('2023-10-08 in 8 days');

  const breakthrough = page.getByRole('region', { name: 'Key breakthrough tasks' });
  expect(await codesOf(breakthrough.getByRole('list'))).toEqual(['1.2', '2.2', '3.1', '9.1', '9.3']);
  await expect(breakthrough.getByRole('listitem').nth(3)).toContainText('Overdue or lagging');

  // The not-reported panel is the grey count beside it: the same task.
  const grey = page.getByRole('region', { name: 'Not reported', exact: true });
  await expect(grey.getByRole('link', { name: '1 task not reported' })).toBeVisible();
  expect(await codesOf(grey.getByRole('list'))).toEqual(['5.2']);
  await expect(grey.getByRole('listitem').first()).toContainText('last report 72 days ago');
  await expect(grey).toContainText('reporting cadence: Monthly; 15 grace days');

  // Key area 1: 71.6% with 1 at risk, 3 on track, 1 completed.
  const areas = page.getByRole('region', { name: 'Progress by key area' });
  const province = areas.getByRole('listitem').filter({ has: page.getByRole('link', { name: '5 tasks' }) }).first();
  await expect(province.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '72');
  await expect(province.getByRole('link', { name: 'At risk 1' })).toBeVisible();
});

test('the due-soon list shows open tasks soonest first', async ({ page }) => {
  // On 11-10 the window runs to 12-10: 2.4 and 2.5 fall due on 11-30.
  await open(page, '?lang=en&today=2023-11-10');
  const due = page.getByRole('region', { name: 'Due in the next 30 days' });
  await expect(due.getByRole('link', { name: '2 tasks due' })).toBeVisible();
  const list = due.getByRole('list').first();
  expect(await codesOf(list)).toEqual(['2.4', '2.5']);
  await expect(list.getByRole('listitem').first()).toContainText('2023-11-30 in 20 days');
});

test('the red count opens the task table filtered to red', async ({ page }) => {
  await open(page);
  await page.getByRole('region', { name: 'Tasks by status' }).getByRole('link', { name: /^Overdue or lagging 6/ }).click();
  await expect(page).toHaveURL(/view=tasks/);
  await expect(page).toHaveURL(/light=red/);
  await expect(page.getByRole('link', { name: 'Tasks', exact: true })).toHaveAttribute('aria-current', 'page');
  // The table shows exactly the six red tasks (a header row and six rows).
  await expect(page.getByText('6 of 44 tasks', { exact: true })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(7);

  // The red list's own count opens the same tasks sorted by deadline.
  await open(page);
  await page.getByRole('link', { name: '6 red tasks' }).click();
  await expect(page).toHaveURL(/view=tasks.*light=red.*sort=deadline/);
  await expect(page.getByRole('table').locator('tbody tr td:first-child')).toHaveText(['8.2', '5.3', '7.3', '9.1', '10.2', '13.4']);

  // The not-reported panel's count opens the grey tasks, oldest report first.
  await open(page);
  await page.getByRole('link', { name: '1 task not reported' }).click();
  await expect(page).toHaveURL(/view=tasks.*light=grey/);
  await expect(page.getByText('1 of 44 tasks', { exact: true })).toBeVisible();
  await expect(page.getByRole('table').locator('tbody tr td:first-child')).toHaveText(['5.2']);

  // A task title opens its page.
  await open(page);
  await page.getByRole('region', { name: 'Red list' }).getByRole('listitem').first().getByRole('link').click();
  await expect(page).toHaveURL(/view=task&id=t-8-2/);
});

test('Chinese headings, and nothing overflows at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await open(page, '?lang=zh-CN&today=2023-09-30');
  await expect(page.getByRole('heading', { name: '红灯任务', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: '6 项亮红灯' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '30 天内到期', level: 2 })).toBeVisible();
  const levels = await page.locator('main').locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
