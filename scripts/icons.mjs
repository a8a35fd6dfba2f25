// Draw the app's PNG icons from their SVG sources in static/icons/ with
// Debian's Chromium (through Playwright): icon-192.png and icon-512.png from
// icon.svg, icon-maskable-192.png and icon-maskable-512.png from
// icon-maskable.svg. The PNGs are kept in the repository; run this again
// after changing an SVG:  node scripts/icons.mjs
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'static', 'icons');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const [source, name] of [['icon.svg', 'icon'], ['icon-maskable.svg', 'icon-maskable']]) {
    const svg = fs.readFileSync(path.join(dir, source), 'utf8');
    for (const size of [192, 512]) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      const out = path.join(dir, `${name}-${size}.png`);
      await page.screenshot({ path: out, omitBackground: true });
      await page.close();
      console.log(`${path.relative(process.cwd(), out)} ${size}x${size}`);
    }
  }
} finally {
  await browser.close();
}
