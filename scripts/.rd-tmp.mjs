import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (let round = 0; round < 6; round++) {
const page = await browser.newPage();
await page.setContent('<input type=file id=f>');
await page.setInputFiles('#f', '/tmp/ex/province.plan.json');
const r = await page.evaluate(async (streamFirst) => {
  const f = document.getElementById('f').files[0];
  const out = {};
  const mem = new WebAssembly.Memory({ initial: 20, maximum: 65536 });
  mem.grow(Math.ceil(f.size / 65536) + 1);
  async function ab() {
    let t = performance.now();
    const buf = await f.arrayBuffer();
    new Uint8Array(mem.buffer).set(new Uint8Array(buf)); out.arrayBufferCopy = performance.now() - t;
  }
  async function st() {
    let t = performance.now();
    const reader = f.stream().getReader(); let n = 0;
    for (;;) { const { done, value } = await reader.read(); if (done) break; new Uint8Array(mem.buffer, n, value.length).set(value); n += value.length; }
    out.streamCopy = performance.now() - t;
  }
  if (streamFirst) { await st(); await ab(); } else { await ab(); await st(); }
  return out;
}, round % 2 === 0);
console.log(round % 2 === 0 ? 'stream first' : 'ab first', JSON.stringify(r));
await page.close();
}
await browser.close();
