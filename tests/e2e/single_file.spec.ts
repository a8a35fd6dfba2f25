// plan-tracker.html, the app in one file, opened straight from disk
// (file://) as an office would from a USB stick, a shared drive or an
// e-mail: the first visit with the sample, every view, export, import, and
// the plans kept after a reload. Nothing is loaded from anywhere.
import { test, expect } from './fixtures';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DIST, ROOT } from './delivery';
import { goTo, more } from './header';

const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'import');

test('the one-file app runs from file://: first visit, every view, export, import, kept after reload', async ({ browser }) => {
  // A copy on its own, as a file sent by e-mail would be.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-file-'));
  const file = path.join(dir, 'plan-tracker.html');
  fs.copyFileSync(path.join(DIST, 'plan-tracker.html'), file);
  const url = pathToFileURL(file).href;

  const context = await browser.newContext();
  const problems: string[] = [];
  const seen: string[] = [];
  context.on('request', (r) => seen.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    // The policy of the file: its own inline code by hash, nothing loaded.
    const html = fs.readFileSync(file, 'utf8');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1];
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/script-src 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link\b[^>]*\brel=["']?(stylesheet|modulepreload|preload|manifest)/);

    // First visit: the sample plan, under its banner.
    await page.goto(`${url}?lang=en&today=2023-09-30`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(sample)');
    await expect(page.getByRole('button', { name: 'Start your own plan' })).toBeVisible();

    // Every view, through its tab; each keeps its address over a reload.
    const tabs = page.getByRole('navigation', { name: 'Views' }).getByRole('link', { includeHidden: true });
    const names = await tabs.allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names) {
      await goTo(page, name);
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
    }
    await page.reload();
    await expect(page.locator('main h1, main h2').first()).toBeVisible();
    expect(page.url()).toContain('view=');

    // A page saved as HTML carries its style sheet, read from the file's
    // own data block (nothing is fetched from disk).
    await page.goto(`${url}?lang=en&today=2023-09-30&view=period-report&period=2023-Q3`);
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as HTML' }).click(),
    ]);
    const saved = fs.readFileSync((await report.path())!, 'utf8');
    expect(saved).toMatch(/<style>[^<]*\.rp-head[^<]*<\/style>/);

    // Export: the plan as a file.
    await more(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(exported.plan.id).toBe('sample-shanxi-2023');
    expect(exported.plan.tasks.length).toBe(44);

    // Import: another plan, opened beside the sample (on the dashboard).
    await goTo(page, 'Dashboard');
    await page.getByLabel('Open a plan file (.json)').setInputFiles(path.join(FIXTURES, 'valid.plan.json'));
    const preview = page.getByRole('region', { name: 'Import valid.plan.json' });
    await preview.getByRole('button', { name: 'Open it' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例区2024年重点任务');

    // Kept in this browser's storage for local files, across a reload.
    await page.goto(`${url}?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('示例区2024年重点任务');
    const plans = page.locator('header select').first();
    await expect(plans.locator('option')).toHaveText(['示例区2024年重点任务', /Shanxi 2023/]);

    // Both languages are in this file: a choice of language changes the
    // page's words where it stands (its own texts follow the language), and
    // nothing is loaded for it.
    await page.goto(`${url}?lang=en&today=2023-09-30&view=history`);
    await expect(page.getByRole('heading', { level: 1, name: 'Change history' })).toBeVisible();
    await (await more(page)).getByLabel('Language').selectOption('zh-CN');
    await expect(page.getByRole('heading', { level: 1, name: '修改记录' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: '视图' })).toBeVisible();
    expect(page.url()).toContain('view=history');

    expect(problems).toEqual([]);
    expect(seen.filter((u) => !u.startsWith(url) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
