import { test, expect, Page } from './fixtures';
import { goTo, more } from './header';

// The smaller things: an old error does not outlive what it was about; Move
// up passes the task above it in the list, across key areas; the history
// names the task and the milestone; the untouched sample follows the
// language the user switches to, and an edited one is kept.

const Q = '?lang=en&today=2023-09-30';
const SAMPLE_EN = 'Shanxi 2023 Transformation and Development Supervision Ledger (sample)';
const SAMPLE_ZH = '山西省2023年转型发展重点任务督查台账（示例）';

async function open(page: Page, query = Q) {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function pick(page: Page, name: string, text: string) {
  await page.getByLabel('Open a plan file (.json)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

function view(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true });
}

const banner = (page: Page) => page.locator('.notices').getByRole('alert');

test('an import error goes when the user moves on, and can be dismissed', async ({ page }) => {
  await open(page);
  const refused = 'bad.json: The file was not imported.';

  // Another view: the error about the file is gone.
  await pick(page, 'bad.json', '{ not json');
  await expect(banner(page)).toContainText(refused);
  await view(page, 'Tasks').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task list');
  await expect(banner(page)).toHaveCount(0);

  // Another file: its preview stands alone, without the old error above it.
  await pick(page, 'bad.json', '{ not json');
  await expect(banner(page)).toContainText(refused);
  await more(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await page.getByLabel('Open a plan file (.json)').setInputFiles((await download.path())!);
  await expect(page.getByRole('region', { name: /^Import / })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('region', { name: /^Import / }).getByRole('button', { name: 'Cancel' }).click();

  // Dismissed by hand.
  await pick(page, 'bad.json', '{ not json');
  await expect(banner(page)).toContainText(refused);
  await banner(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner(page)).toHaveCount(0);

  // A result said by the action that also changes the view stays.
  await page.goto(`./${Q}&view=task&id=t-2-2`);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Delete task' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task list');
  await expect(page.getByRole('status')).toContainText('Task deleted');
});

test('Move up passes the task above in the task list, even in another key area', async ({ page }) => {
  await open(page, `${Q}&view=task&id=t-2-1`);
  const up = page.getByRole('button', { name: 'Move up', exact: true });
  // The first task of key area 2 can still move up: above the last of area 1.
  await expect(up).toBeEnabled();
  await expect(up).toHaveAttribute('title', /above “1\.5 Supervise theme education/);
  await up.click();
  await expect(page.getByRole('status')).toContainText('Task moved above “1.5 Supervise theme education');
  await page.goto(`./${Q}&view=tasks`);
  await expect(page.locator('tbody tr td.code').first()).toBeVisible();
  const codes = await page.locator('tbody tr td.code').allTextContents();
  expect(codes.length).toBeGreaterThan(10);
  const at = (c: string) => codes.findIndex((x) => x.trim().startsWith(c));
  expect(at('2.1')).toBe(at('1.5') - 1);
  expect(at('1.4')).toBe(at('2.1') - 1);

  // The first task of the list cannot move up, and says why.
  await page.goto(`./${Q}&view=task&id=t-1-1`);
  await expect(up).toBeDisabled();
  await expect(up).toHaveAttribute('title', 'It is already first in the task list.');
});

test('the history names the task of a report and the milestone marked done', async ({ page }) => {
  await open(page, `${Q}&view=task&id=t-1-1`);
  await page.getByRole('button', { name: /Mark done today.*Q4: year-end assessment/ }).click();
  await expect(page.getByRole('status')).toContainText('Milestone marked done');
  await goTo(page, 'History');
  const first = page.getByRole('main').getByRole('row').nth(1);
  await expect(first).toContainText(
    'Milestone “Q4: year-end assessment and closing” marked done on “1.1 Deliver the 165 key tasks',
  );
  await expect(page.getByRole('main')).not.toContainText('progress report');
});

test('the untouched sample follows the language; an edited one is kept and the sample opens beside it', async ({ page }) => {
  await open(page, '?today=2023-09-30');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_ZH);
  await (await more(page)).getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_EN);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_EN);

  // Edit it (a milestone marked done), then switch back: it stays as it is.
  await page.goto('./?today=2023-09-30&view=task&id=t-1-1');
  await page.getByRole('button', { name: /Mark done today.*Q4: year-end assessment/ }).click();
  await expect(page.getByRole('status')).toContainText('Milestone marked done');
  await (await more(page)).getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^1\.1 Deliver the 165 key tasks/);
  const offer = page.locator('.notices').getByRole('status');
  await expect(offer).toContainText('当前的示例规划已有您的修改');
  await offer.getByRole('button', { name: '打开中文版示例规划' }).click();
  await expect(page.getByRole('status')).toContainText('已打开中文版示例规划');
  await page.goto('./?today=2023-09-30');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_ZH);
  // Both are kept: the edited English sample, and the Chinese one.
  const plans = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('plan-tracker/v1/plan/')).sort(),
  );
  expect(plans).toEqual(['plan-tracker/v1/plan/sample-shanxi-2023', 'plan-tracker/v1/plan/sample-shanxi-2023-2']);
  const edited = await page.evaluate(() => JSON.parse(localStorage.getItem('plan-tracker/v1/plan/sample-shanxi-2023')!).plan.title);
  expect(edited).toBe(SAMPLE_EN);
});
