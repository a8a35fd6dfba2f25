// Refresh docs/screenshots from the release build in dist/:
//   trunk build --release && node scripts/screenshots.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'child_process';

const port = 4199;
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  ['overview', ''],
  ['task', '&view=task&id=t-8-1'],
  ['report-by-unit', '&view=report&unit=u-taiyuan'],
];
try {
  for (const lang of ['zh-CN', 'en']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    for (const [name, extra] of shots) {
      await page.goto(`http://127.0.0.1:${port}/?lang=${lang}&today=2023-09-30${extra}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.screenshot({ path: `docs/screenshots/${name}-${lang}.png` });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
