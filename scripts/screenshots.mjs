// Screenshots of every view, in both languages, as of 2023-09-30.
//   bash scripts/build.sh && node scripts/screenshots.mjs
// Writes docs/screenshots/<view>-<lang>-<width>.png, one screen high (what a
// user sees first), at 1280 and 390 px. Options by environment:
//   DIST=dir (default dist), OUT=dir (default docs/screenshots),
//   WIDTHS=1280,390, PORT=4199, PLAN=file (a plan file opened first,
//   instead of the sample), TODAY=day (default 2023-09-30),
//   SHOTS=dashboard,units (only these views), FULL=1 (the whole page),
//   GUIDE=1 (keep the first visit's guide on the dashboard).
// Each PNG's image data is compressed again at zlib's best level, which
// keeps the pixels and makes the files smaller than the browser's.
import { chromium } from '@playwright/test';
import { spawn } from 'child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { deflateSync, inflateSync, crc32 } from 'zlib';

const port = Number(process.env.PORT ?? 4199);
const dist = process.env.DIST ?? 'dist';
const out = process.env.OUT ?? 'docs/screenshots';
const widths = (process.env.WIDTHS ?? '1280,390').split(',').map(Number);
const plan = process.env.PLAN;
const today = process.env.TODAY ?? '2023-09-30';
const only = process.env.SHOTS?.split(',');
mkdirSync(out, { recursive: true });

/** The PNG at `path`, its IDAT chunks joined and deflated at level 9. */
function recompress(path) {
  const png = readFileSync(path);
  const chunks = [];
  const idat = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IDAT') idat.push(data);
    else chunks.push([type, data]);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const packed = deflateSync(raw, { level: 9, memLevel: 9 });
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const parts = [png.subarray(0, 8)];
  for (const [type, data] of chunks) {
    if (type === 'IEND') parts.push(chunk('IDAT', packed));
    parts.push(chunk(type, data));
  }
  const smaller = Buffer.concat(parts);
  if (smaller.length < png.length) writeFileSync(path, smaller);
}

const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  ['dashboard', ''],
  ['tasks', '&view=tasks'],
  ['task', '&view=task&id=t-8-1'],
  // The item's supervision: the shot starts at its stepper.
  ['task-supervision', '&view=task&id=t-7-3', 'section.lifecycle'],
  ['notice', '&view=notice&id=n-2023-5'],
  ['new-item', '&view=new-item&source=meeting'],
  ['report-by-unit', '&view=report&unit=u-taiyuan'],
  ['timeline', '&view=timeline'],
  ['projects', '&view=projects'],
  ['project', '&view=project&id=p-xd-roads'],
  ['indicators', '&view=indicators'],
  ['units', '&view=units'],
  ['period-report', '&view=period-report&period=2023-Q3'],
  ['bulletin', '&view=bulletin&period=2023-Q3'],
  ['setup', '&view=setup'],
  ['plans', '&view=plans'],
  ['history', '&view=history'],
  ['help', '&view=help'],
].filter(([name]) => !only || only.includes(name));
try {
  for (const width of widths) {
    for (const lang of ['zh-CN', 'en']) {
      const height = width < 800 ? 844 : 800;
      const context = await browser.newContext({ viewport: { width, height } });
      if (!process.env.GUIDE) {
        await context.addInitScript(() => localStorage.setItem('plan-tracker/v1/guide', 'dismissed'));
      }
      const page = await context.newPage();
      if (plan) {
        await page.goto(`http://127.0.0.1:${port}/?lang=${lang}&today=${today}`);
        await page.locator('input[type=file][accept*=json]').first().setInputFiles(plan);
        await page.locator('.import-preview button.primary').first().click();
        await page.waitForTimeout(500);
      }
      for (const [name, extra, start] of shots) {
        await page.goto(`http://127.0.0.1:${port}/?lang=${lang}&today=${today}${extra}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        if (start && !process.env.FULL) {
          await page.locator(start).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
        }
        const path = `${out}/${name}-${lang}-${width}.png`;
        await page.screenshot({ path, fullPage: !!process.env.FULL, scale: 'css' });
        recompress(path);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
