import { test, expect, Page } from './fixtures';

// The sample plan seen on 2023-09-30: the plan runs through 2023, so the
// axis is the year, with a tick a month.
const Q = '?lang=en&today=2023-09-30';

async function open(page: Page, extra = '') {
  await page.goto(`./${Q}&view=timeline${extra}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  return page.getByRole('region', { name: 'Timeline chart' });
}

/** The row (list item) whose link is `name`. */
function row(chart: ReturnType<Page['getByRole']>, page: Page, name: RegExp) {
  return chart.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
}

const AREAS = [
  'Province-wide key tasks for transformation',
  'Key project construction',
  'Real economy and investment attraction',
  'Expanding consumption',
  'Reform and opening up',
  'Urban and rural environment, safety and stability',
  'Innovation and development',
  'Convenience for residents and businesses',
  'Leveraging unique advantages and resource endowment',
  'Reform, innovation and open cooperation',
  'Prevention and bottom-line thinking',
  'Party leadership and work style',
  'Xinzhou: consolidating poverty alleviation and transformation',
];

test('tasks grouped by key area, projects after them, and the today line', async ({ page }) => {
  const chart = await open(page);
  // Thirteen areas of tasks, then the key projects under the five areas that have any.
  await expect(chart.getByRole('heading', { level: 2 })).toHaveText([
    ...AREAS,
    'Key projects · Key project construction',
    'Key projects · Innovation and development',
    'Key projects · Convenience for residents and businesses',
    'Key projects · Leveraging unique advantages and resource endowment',
    'Key projects · Xinzhou: consolidating poverty alleviation and transformation',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'key projects' })).toHaveText('44 tasks and 8 key projects');
  await expect(chart.getByText('Today 2023-09-30', { exact: true })).toBeVisible();
  // Month ticks, the year above January's.
  await expect(chart.getByText('2023', { exact: true })).toBeAttached();
  await expect(chart.getByText('Jan', { exact: true })).toBeAttached();
  await expect(chart.getByText('Sep', { exact: true })).toBeAttached();

  // Task 2.3 runs from 6 July to the end of the year, reported at 45%, on track.
  const t23 = row(chart, page, /^2\.3 Innovate the/);
  await expect(t23).toHaveCount(1);
  await expect(t23).toContainText('2023-07-06 to 2023-12-31, 45%');
  await expect(t23).toContainText('On track');
  // 1.2 has two open milestones, both said in words.
  const t12 = row(chart, page, /^1\.2 Push through/);
  await expect(t12).toContainText('2023-01-01 to 2023-12-31, 62%');
  await expect(t12).toContainText('At risk');
  await expect(t12).toContainText('due 2023-09-30, open');
  await expect(t12).toContainText('due 2023-06-30, open, past due');
  // 1.3 is completed, its three milestones done.
  await expect(row(chart, page, /^1\.3 /)).toContainText('Completed');
  await expect(row(chart, page, /^1\.3 /)).toContainText('due 2023-06-30, done');
  // The roads project: planned to 15 September, under way, and red.
  const roads = row(chart, page, /dead-end roads/);
  await expect(roads).toContainText('planned 2023-03-01 to 2023-09-15; started 2023-03-20, under way');
  await expect(roads).toContainText('Overdue or lagging');
  // A finished project says so.
  await expect(row(chart, page, /electronic information industrial park/))
    .toContainText('started 2022-09-10, finished 2023-08-28');

  // Every row's link is reachable by keyboard and leads to the task's page.
  const link = chart.getByRole('link', { name: /^2\.3 Innovate the/ });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=task&id=t-2-3/);
});

test('grouping by lead unit changes the URL and the headings', async ({ page }) => {
  const chart = await open(page);
  await expect(page.getByRole('link', { name: 'By key area' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('link', { name: 'By lead unit' }).click();
  await expect(page).toHaveURL(/view=timeline&group=unit/);
  await expect(page.getByRole('link', { name: 'By lead unit' })).toHaveAttribute('aria-current', 'true');
  const headings = chart.getByRole('heading', { level: 2 });
  // Sixteen units lead tasks, in plan order; five lead projects.
  await expect(headings).toHaveCount(16 + 5);
  await expect(headings.first()).toHaveText('General Office of the Provincial Party Committee');
  await expect(headings.nth(3)).toHaveText("Taiyuan Municipal People's Government");
  await expect(headings.nth(16)).toHaveText("Key projects · Xiaodian District People's Government, Taiyuan");
  // Taiyuan leads ten tasks.
  const taiyuan = chart.locator('section', { has: page.getByRole('heading', { name: "Taiyuan Municipal People's Government", exact: true }) });
  await expect(taiyuan.getByRole('listitem')).toHaveCount(10);
  // Back returns to the area grouping.
  await page.goBack();
  await expect(headings.first()).toHaveText(AREAS[0]);
});

test('a filter in the URL limits the rows: red tasks and red projects', async ({ page }) => {
  const chart = await open(page, '&light=red');
  // Six red tasks (5.3, 7.3, 8.2, 9.1, 10.2, 13.4) and two red projects
  // (the new-energy vehicle parts park, planned to start in November, is
  // not yet expected to invest).
  await expect(page.getByRole('status').filter({ hasText: 'key projects' })).toHaveText('6 tasks and 2 key projects');
  const links = chart.getByRole('link');
  await expect(links).toHaveCount(8);
  for (const code of ['5.3', '7.3', '8.2', '9.1', '10.2', '13.4']) {
    await expect(chart.getByRole('link', { name: new RegExp(`^${code.replace('.', '\\.')} `) })).toHaveCount(1);
  }
  await expect(chart.getByRole('link', { name: /^2\.3 / })).toHaveCount(0);
  await expect(row(chart, page, /^8\.2 /)).toContainText('2023-03-01 to 2023-09-15, 80%');
  await expect(row(chart, page, /new-energy vehicle parts/)).toHaveCount(0);
  for (const name of [/dead-end roads/, /Demonstration industrial park/]) {
    await expect(row(chart, page, name)).toContainText('Overdue or lagging');
  }
  // Every row shown says its light in words.
  await expect(chart.getByRole('listitem').filter({ hasText: 'Overdue or lagging' })).toHaveCount(8);
  // The grouping link keeps the filter.
  await expect(page.getByRole('link', { name: 'By lead unit' })).toHaveAttribute('href', /light=red/);
});

test('nothing matching says so; a task-only filter hides projects', async ({ page }) => {
  await open(page, '&q=zzzz-nothing');
  await expect(page.getByText('No task or key project matches these filters.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline chart' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Show everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'key projects' })).toHaveText('44 tasks and 8 key projects');

  const chart = await open(page, '&tier=key_breakthrough');
  await expect(page.getByText('Key projects are not shown')).toBeVisible();
  await expect(chart.getByRole('heading', { name: /^Key projects/ })).toHaveCount(0);
});

test('at 360 px the chart scrolls inside its wrapper, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const chart = await open(page);
  await expect(chart.getByText('Today 2023-09-30', { exact: true })).toBeAttached();
  const page_overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(page_overflow).toBeLessThanOrEqual(0);
  const sizes = await chart.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(sizes[0]).toBeGreaterThan(sizes[1]);
  // The labels stay in view while the chart scrolls.
  await chart.evaluate((el) => { el.scrollLeft = 400; });
  const link = chart.getByRole('link', { name: /^2\.3 Innovate the/ });
  const box = await link.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x).toBeLessThan(60);
});

test('in Chinese the headings, today line and row text are Chinese', async ({ page }) => {
  await page.goto('./?lang=zh-CN&today=2023-09-30&view=timeline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('时间轴');
  const chart = page.getByRole('region', { name: '时间轴图' });
  await expect(chart.getByRole('heading', { level: 2 }).first()).toHaveText('全省转型发展重点任务');
  await expect(chart.getByText('今天 2023-09-30', { exact: true })).toBeVisible();
  await expect(row(chart, page, /^2\.3 /)).toContainText('2023-07-06 至 2023-12-31，进度 45%');
  await expect(row(chart, page, /^2\.3 /)).toContainText('正常推进');
});
