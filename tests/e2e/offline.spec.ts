// Offline and installable: the service worker keeps the site's files after
// one visit, the manifest makes it installable, a newer deployed version is
// announced once, and the About panel names the version.
import { test, expect, chromium, Browser, Page, BrowserContext } from './fixtures';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DIST, ROOT, builds, cargoVersion, formatVersion, port, serve, stop } from './delivery';
import { more } from './header';

const Q = '?lang=en&today=2023-09-30';
const TASK = 'Deliver the 165 key tasks for transformation and development';

/** Wait until the service worker has taken charge of the page. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

/** A first visit to the site served on port `p`, in a new context, once its worker has taken charge. */
async function firstVisit(browser: Browser, p: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${p}/${Q}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await controlled(page);
  return { context, page };
}

/** Every request the pages and the worker of `context` make, by address. */
function requests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  return seen;
}

test('after one visit the app opens and works with the network off; a report made offline is kept', async ({ browser }) => {
  const p = port(2);
  const origin = `http://127.0.0.1:${p}`;
  let server = await serve(DIST, p);
  const context = await browser.newContext();
  const seen = requests(context);
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/${Q}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await controlled(page);

    // No network at all: the server is gone and the browser is offline.
    await stop(server);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(sample)');
    await expect(page.getByRole('navigation', { name: /./ }).getByRole('link', { name: 'Dashboard' })).toBeVisible();

    // Work: a progress report on task 1.1, reached from the task list.
    await page.goto(`${origin}/?view=tasks&lang=en&today=2023-09-30`);
    await page.getByRole('link', { name: TASK, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(TASK);
    await page.getByRole('button', { name: 'Report progress' }).click();
    await page.getByLabel('Progress (%)', { exact: true }).fill('85');
    await page.getByLabel('Reported status', { exact: true }).selectOption({ label: 'On track' });
    await page.getByLabel('Progress made', { exact: true }).fill('Reported on the train');
    await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toContainText('Progress report recorded');
    const taskUrl = page.url();

    // A bulletin saved as HTML offline: its style sheet comes from the worker.
    await page.goto(`${origin}/?view=bulletin&period=2023-Q3&lang=en&today=2023-09-30`);
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as HTML' }).click(),
    ]);
    expect(fs.readFileSync((await saved.path())!, 'utf8')).toMatch(/<style>[^<]*\.bulletin[^<]*<\/style>/);

    // Back online: the report is there after a reload from the server.
    await context.setOffline(false);
    server = await serve(DIST, p);
    await page.goto(taskUrl);
    await expect(page.locator('li.report').first()).toContainText('Reported on the train');
    await expect(page.locator('.task-facts').getByRole('progressbar')).toHaveAttribute('aria-valuenow', '85');

    // Nothing was asked of any other host.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
  } finally {
    await context.close();
    await stop(server);
  }
});

test('the worker keeps the files the page has just loaded without downloading them again', async ({ browser }) => {
  const p = port(6);
  const server = await serve(DIST, p);
  // Python's server logs each request it answers: "GET /file HTTP/1.1" 200.
  const log: string[] = [];
  server.stderr!.on('data', (d) => log.push(...String(d).split('\n')));
  const { context, page } = await firstVisit(browser, p);
  try {
    const files = builds(DIST);
    const sent = (file: string) => log.filter((l) => l.includes(`"GET /${file.replace(/^\.\//, '')} `) && / 200 /.test(l)).length;
    // The English wasm and loader: sent once, to the page; the worker kept the page's copies.
    expect(sent(files.en[2])).toBe(1);
    expect(sent(files.en[0])).toBe(1);
    // The Chinese ones, not loaded by this page: sent once, to the worker, for a switch offline.
    expect(sent(files.zh[2])).toBe(1);
    // What the worker kept is this build's: its copy of the wasm is the file itself.
    const kept = await page.evaluate(async (f) => {
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('plan-tracker '))!);
      return new Uint8Array(await (await cache.match(f))!.arrayBuffer()).length;
    }, files.en[2]);
    expect(kept).toBe(fs.statSync(path.join(DIST, files.en[2])).size);
  } finally {
    await context.close();
    await stop(server);
  }
});

test('the manifest and its icons make the app installable', async ({ page, request }) => {
  await page.goto(`./${Q}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBe('manifest.webmanifest');
  const res = await request.get(href!);
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest.name).toContain('规划任务督查');
  expect(manifest.name).toContain('Plan Tracker');
  expect(manifest.short_name).toBe('Plan Tracker');
  expect(manifest.display).toBe('standalone');
  // Relative, so the site installs from any sub-path.
  expect(manifest.start_url).toBe('./');
  expect(manifest.scope).toBe('./');
  expect(manifest.id).toBe('./');

  // Every icon loads, as the type and size it claims; 192 and 512, "any" and "maskable".
  const kinds = new Set<string>();
  for (const icon of manifest.icons) {
    const r = await request.get(icon.src);
    expect(r.ok(), icon.src).toBe(true);
    const body = await r.body();
    if (icon.type === 'image/png') {
      expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
      const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
      expect(`${w}x${h}`).toBe(icon.sizes);
      kinds.add(`${icon.purpose} ${icon.sizes}`);
    } else {
      expect(icon.type).toBe('image/svg+xml');
      expect(body.toString('utf8')).toContain('<svg');
    }
  }
  expect([...kinds].sort()).toEqual(['any 192x192', 'any 512x512', 'maskable 192x192', 'maskable 512x512']);

});

test('Chromium finds the app installable', async ({ baseURL }) => {
  // Chromium offers to install only in a profile of its own (Playwright's
  // contexts are off the record), so this test opens one.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-profile-'));
  const context = await chromium.launchPersistentContext(profile, test.info().project.use.launchOptions);
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}${Q}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('a newer deployed version is announced once, and loads on the user’s click only', async ({ browser }) => {
  // A copy of the site that is then deployed again as a newer version (the
  // same files, a worker of another version).
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-site-'));
  fs.cpSync(DIST, site, { recursive: true });
  const p = port(3);
  const server = await serve(site, p);
  const { context, page } = await firstVisit(browser, p);
  try {
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);
    expect(before[0]).toContain(` ${cargoVersion()}-`);
    await expect(page.getByText('A new version is ready')).toHaveCount(0);

    execFileSync('node', [path.join(ROOT, 'scripts', 'offline.mjs'), site, '--version', '99.0.0']);
    // The next visit finds the new worker; the page says so and waits.
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toHaveCount(1);
    // The new version's files are fetched beside this one's, which still
    // runs: the page is not reloaded (a mark set on it stays).
    await page.evaluate(() => ((window as any).stillHere = true));
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => caches.keys())).toContain(before[0]);
    expect(await page.evaluate(() => (window as any).stillHere)).toBe(true);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(
      () => caches.keys().then((k) => k.length === 1 && k[0].includes(' 99.0.0-')),
      null,
      { timeout: 15_000 },
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('A new version is ready')).toHaveCount(0);
  } finally {
    await context.close();
    await stop(server);
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('the About panel names the version, the build date and the file format, and links the doc and the licence', async ({ page, request }) => {
  await page.goto(`./${Q}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await (await more(page)).getByText('About', { exact: true }).click();
  const panel = page.getByRole('region', { name: 'About Plan Tracker' });
  await expect(panel).toBeVisible();
  const fact = (term: string) => panel.locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd[1]`);
  await expect(fact('Version')).toHaveText(cargoVersion());
  const built = await page.locator('meta[name=build-date]').getAttribute('content');
  expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(fact('Built')).toHaveText(built!);
  await expect(fact('Plan file format version')).toHaveText(formatVersion());

  const doc = panel.getByRole('link', { name: 'The plan file format' });
  const docRes = await request.get((await doc.getAttribute('href'))!);
  expect(docRes.ok()).toBe(true);
  expect(await docRes.text()).toBe(fs.readFileSync(path.join(ROOT, 'docs', 'plan-format.md'), 'utf8'));
  const licence = panel.getByRole('link', { name: 'Licence (MIT)' });
  const licenceRes = await request.get((await licence.getAttribute('href'))!);
  expect(await licenceRes.text()).toContain('MIT License');

  // In Chinese too.
  await page.goto('./?lang=zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await (await more(page)).getByText('关于', { exact: true }).click();
  await expect(page.getByRole('region', { name: '关于规划任务督查' })).toContainText('规划文件格式版本');
});
