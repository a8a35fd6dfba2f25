import { test, expect, Page } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';
import { more } from './header';

const PLAN_KEY = 'plan-tracker/v1/plan/sample-shanxi-2023';

async function stored(page: Page, key = PLAN_KEY): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

async function openEnglish(page: Page) {
  await page.goto('./?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('first visit shows the sample plan, in Chinese by default and English with ?lang=en', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('山西');
  await expect(page.getByRole('heading', { name: '红灯任务', level: 2 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The dashboard: overall progress, and the sample's 13 key areas, each with a progress bar.
  await expect(page.getByRole('progressbar', { name: /总体进度/ })).toBeVisible();
  const areas = page.getByRole('region', { name: '各重点领域推进情况' });
  await expect(areas.getByRole('progressbar')).toHaveCount(13);
  expect(await stored(page)).not.toBeNull();

  await page.goto('./?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Red list', level: 2 })).toBeVisible();
  await expect((await more(page)).getByRole('button', { name: 'Export', exact: true })).toBeVisible();
});

test('while the app loads the page says so, in both languages, and the word goes once the app is up', async ({ page }) => {
  // The wasm held back until the loading word has been seen.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  const loading = page.getByRole('status');
  await expect(loading).toContainText('正在载入');
  await expect(loading).toContainText('Loading');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('山西');
  await expect(page.getByText('正在载入')).toHaveCount(0);
  await expect(page.locator('#boot')).toHaveCount(0);
});

test.describe('without its wasm', () => {
  // The loader's promise fails as the wasm does not come: the page says so.
  test.use({ expectedPageErrors: [/^Failed to fetch$/] });

  test('an app that cannot start says so instead of a blank page', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('规划任务督查未能启动。请刷新页面重试');
    await expect(alert).toContainText('Plan Tracker could not start. Reload the page to try again');
    await expect(page.getByText('正在载入')).toBeHidden();
    // The word is the page's own script, allowed by the policy's hash.
    expect(violations).toEqual([]);
  });
});

test('the language switch persists across reloads', async ({ page }) => {
  await page.goto('./');
  await (await more(page)).getByLabel('语言').selectOption('en');
  await expect((await more(page)).getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  await page.reload();
  await expect((await more(page)).getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a task added through the form is still there after reload', async ({ page }) => {
  await openEnglish(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: /^More details/ }).click();
  await page.getByLabel('Task number', { exact: true }).fill('9.9');
  await page.getByLabel('Title', { exact: true }).fill('Open a one-stop service window in every town');
  await page.getByLabel('Key area', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Lead unit', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Start date', { exact: true }).fill('2023-03-01');
  await page.getByLabel('Deadline', { exact: true }).fill('2023-11-30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Task added');
  const row = page.getByRole('row', { name: /Open a one-stop service window/ });
  await expect(row).toBeVisible();
  await page.reload();
  // The table draws only the rows in view: the task is found by a search.
  await page.getByLabel('Search tasks').fill('one-stop service window');
  await expect(page.getByRole('row', { name: /Open a one-stop service window/ })).toContainText('2023-11-30');
});

test('the task form refuses bad values and says why next to the field', async ({ page }) => {
  await openEnglish(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  const before = await stored(page);
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: /^More details/ }).click();
  await page.getByLabel('Task number', { exact: true }).fill('1.1'); // already used in the sample
  await page.getByLabel('Start date', { exact: true }).fill('2023-06-01');
  await page.getByLabel('Deadline', { exact: true }).fill('2023-05-01');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Please correct');
  await expect(page.locator('#tf-code-error')).toContainText('already used');
  await expect(page.locator('#tf-title-error')).toContainText('required');
  await expect(page.locator('#tf-deadline-error')).toContainText('before the start date');
  await expect(page.getByLabel('Deadline', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await stored(page)).toBe(before);
});

test('export, then import into a fresh browser profile, reproduces the plan', async ({ page, browser }) => {
  await openEnglish(page);
  await more(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.plan\.json$/);
  const file = await download.path();
  const exported = fs.readFileSync(file!, 'utf8');
  expect(JSON.parse(exported).format).toBe('plan-tracker/plan');

  // A fresh profile: its own first visit gets the Chinese sample; importing replaces it.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('./?lang=en');
  await other.evaluate(() => localStorage.clear());
  await other.getByLabel('Open a plan file (.json)').setInputFiles({
    name: 'plan.plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  // The preview comes first: the fresh profile holds a plan of the same id, which the file replaces.
  const preview = other.getByRole('region', { name: 'Import plan.plan.json' });
  await expect(preview).toContainText('This browser already has a plan with the same id');
  other.once('dialog', (d) => d.accept());
  await preview.getByRole('button', { name: 'Replace' }).click();
  await expect(other.getByRole('status')).toContainText('Plan imported');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText(JSON.parse(exported).plan.title);
  await more(other);
  const [again] = await Promise.all([
    other.waitForEvent('download'),
    other.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const reExported = JSON.parse(fs.readFileSync((await again.path())!, 'utf8'));
  // The same plan, its history gone on by one entry: imported here, from
  // the file.
  const imported = reExported.plan.history.pop();
  expect(imported.action).toBe('create');
  expect(imported.read_from).toEqual(['plan.plan.json']);
  expect(reExported).toEqual(JSON.parse(exported));
  await fresh.close();
});

test('a malformed file shows where it breaks and changes nothing', async ({ page }) => {
  await openEnglish(page);
  const before = await stored(page);
  await page.getByLabel('Open a plan file (.json)').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "format": "plan-tracker/plan",\n  "version": 1,\n  "plan": {"id": "x",\n'),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing has been changed');
  await expect(page.getByRole('alert')).toContainText('line 5');
  expect(await stored(page)).toBe(before);

  // A file of the right shape but with a dangling reference lists the problem and its place.
  const plan = JSON.parse(before!);
  plan.plan.tasks[0].lead = 'no-such-unit';
  await page.getByLabel('Open a plan file (.json)').setInputFiles({
    name: 'dangling.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plan)),
  });
  // Named as the office knows it: the task by its code and title.
  await expect(page.getByRole('alert')).toContainText('The file breaks 1 rule.');
  await expect(page.getByRole('alert')).toContainText(
    'task “1.1 Deliver the 165 key tasks for transformation…”, lead unit: no unit with id “no-such-unit” exists (plan.tasks[0].lead)',
  );
  expect(await stored(page)).toBe(before);
});

test('an unreadable stored plan is reported and kept, and the app still opens', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.evaluate(() => localStorage.setItem('plan-tracker/v1/plan/damaged', '{"format": "plan-tracker/plan", "vers'));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText('plan-tracker/v1/plan/damaged');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await stored(page, 'plan-tracker/v1/plan/damaged')).toBe('{"format": "plan-tracker/plan", "vers');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the stored text' }).click(),
  ]);
  expect(fs.readFileSync((await download.path())!, 'utf8')).toBe('{"format": "plan-tracker/plan", "vers');
});

test('restoring the sample puts it back after changes', async ({ page }) => {
  await openEnglish(page);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  page.on('dialog', (d) => d.accept());
  await (await more(page)).getByRole('button', { name: 'Restore sample plan' }).click();
  await expect(page.getByRole('status')).toContainText('restored');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
});

test.describe('the sample plan is read from the site\'s files', () => {
  // page.route sees the page's own requests only when no worker answers them.
  test.use({ serviceWorkers: 'block' });

  test('when they cannot be read: a clear error, the app still opens, and nothing is lost', async ({ page }) => {
    const block = (p: Page) => p.route('**/sample.*', (r) => r.fulfill({ status: 404, body: 'not found' }));
    const unblock = (p: Page) => p.unroute('**/sample.*');

    // A first visit without them: the error in the user's language, an empty plan, nothing stored.
    await block(page);
    await page.goto('./?lang=en');
    await expect(page.getByRole('alert')).toContainText('The sample plan could not be loaded');
    await expect(page.getByRole('alert')).toContainText('sample.zh.json: HTTP 404');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    expect(await stored(page)).toBeNull();

    // The next visit that can read them opens the sample, read through the gate.
    await unblock(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Shanxi');
    expect(await stored(page)).not.toBeNull();

    // Asked for when it cannot be read: said so, and the plan here stays as it was.
    const before = await stored(page);
    await block(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Shanxi');
    await expect(page.getByRole('alert')).toHaveCount(0);
    page.on('dialog', (d) => d.accept());
    await (await more(page)).getByRole('button', { name: 'Restore sample plan' }).click();
    await expect(page.getByRole('alert')).toContainText('The sample plan could not be loaded');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Shanxi');
    expect(await stored(page)).toBe(before);

    // A switch to Chinese cannot renew the untouched sample without them: said in Chinese, kept in English.
    await page.getByRole('alert').getByRole('button').click();
    await page.goto('./?lang=zh');
    await expect(page.getByRole('alert')).toContainText('未能从网站加载示例规划');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Shanxi');
    expect(await stored(page)).toBe(before);
  });
});

test('the app requests nothing but its own files', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  await openEnglish(page);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks', exact: true }).click();
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await more(page);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(foreign).toEqual([]);
});

test('screenshots of the first screen in both languages', async ({ browser }) => {
  const dir = path.join('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  for (const lang of ['zh-CN', 'en']) {
    // A first visit in each language, so the sample plan is in that language too.
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?lang=${lang}&today=2023-09-30`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.screenshot({ path: path.join(dir, `first-screen-${lang}-${width}.png`), fullPage: width > 400 });
    }
    await context.close();
  }
});
