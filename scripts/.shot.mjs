import { chromium } from '@playwright/test';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
const dist = '/work/ci/plan/dist';
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p.endsWith('/')) p += 'index.html';
  const f = path.join(dist, p);
  if (!fs.existsSync(f)) { res.writeHead(404); return res.end(); }
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };
  res.writeHead(200, { 'content-type': types[path.extname(f)] ?? 'application/octet-stream' });
  fs.createReadStream(f).pipe(res);
}).listen(4391);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4391/?view=tasks&lang=zh-CN&today=2023-09-30');
const search = page.getByRole('searchbox').first();
await search.waitFor();
await search.pressSequentially('太原', { delay: 40 });
await page.screenshot({ path: '/tmp/shot-typing.png' });
await page.waitForTimeout(400);
await page.screenshot({ path: '/tmp/shot-paused.png' });
await browser.close();
server.close();
