// Screenshots of every view, in both languages, as of 2023-09-30.
//   trunk build --release && node scripts/screenshots.mjs
// Writes docs/screenshots/<view>-<lang>.png at 1280 px. Options by environment:
//   DIST=dir (default dist), OUT=dir (default docs/screenshots),
//   WIDTHS=1280,390 (names get -<width> when more than one), PORT=4199,
//   PLAN=file (a plan file opened first, instead of the sample), TODAY=day
//   (default 2023-09-30), SHOTS=dashboard,units (only these views), FULL=1
//   (the whole page).
import { chromium } from '@playwright/test';
import { spawn } from 'child_process';
import { mkdirSync } from 'fs';

const port = Number(process.env.PORT ?? 4199);
const dist = process.env.DIST ?? 'dist';
const out = process.env.OUT ?? 'docs/screenshots';
const widths = (process.env.WIDTHS ?? '1280').split(',').map(Number);
const plan = process.env.PLAN;
const today = process.env.TODAY ?? '2023-09-30';
const only = process.env.SHOTS?.split(',');
mkdirSync(out, { recursive: true });

const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  ['dashboard', ''],
  ['tasks', '&view=tasks'],
  ['tasks-filtered', '&view=tasks&light=red&light=yellow&sort=deadline'],
  ['task', '&view=task&id=t-8-1'],
  ['timeline', '&view=timeline'],
  ['projects', '&view=projects'],
  ['indicators', '&view=indicators'],
  ['units', '&view=units'],
  ['report-by-unit', '&view=report&unit=u-taiyuan'],
  ['period-report', '&view=period-report&period=2023-Q3'],
  ['bulletin', '&view=bulletin'],
].filter(([name]) => !only || only.includes(name));
try {
  for (const width of widths) {
    for (const lang of ['zh-CN', 'en']) {
      const context = await browser.newContext({ viewport: { width, height: 860 } });
      const page = await context.newPage();
      if (plan) {
        await page.goto(`http://127.0.0.1:${port}/?lang=${lang}&today=${today}`);
        await page.locator('input[type=file][accept*=json]').first().setInputFiles(plan);
        await page.locator('.import-preview button.primary').first().click();
        await page.waitForTimeout(500);
      }
      for (const [name, extra] of shots) {
        await page.goto(`http://127.0.0.1:${port}/?lang=${lang}&today=${today}${extra}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        const suffix = widths.length > 1 ? `-${width}` : '';
        // Phones: the first two screens' worth of the page.
        const clip = width < 800 ? { x: 0, y: 0, width, height: 1600 } : undefined;
        await page.screenshot({ path: `${out}/${name}-${lang}${suffix}.png`, fullPage: width < 800 || !!process.env.FULL, clip });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
