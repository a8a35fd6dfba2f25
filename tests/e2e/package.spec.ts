// The release package as an IT department would host it: the zip of
// scripts/package.sh, unpacked, served by Debian's nginx with the package's
// own nginx.conf under /plan-tracker/ (only its port and folder changed),
// run as the test's user with a prefix of its own. Checks the page, the
// headers, the wasm type and precompressed files, and offline use.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { DIST, ROOT, cargoVersion, port, start, stop } from './delivery';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

/** The zip for dist/ as it is, made again when older than the build. */
function packageZip(): string {
  const zip = path.join(ROOT, `plan-tracker-${cargoVersion()}.zip`);
  const built = fs.statSync(path.join(DIST, 'index.html')).mtimeMs;
  if (!fs.existsSync(zip) || fs.statSync(zip).mtimeMs < built || process.env.E2E_DIST) {
    execFileSync('bash', [path.join(ROOT, 'scripts', 'package.sh'), '--no-build'], { cwd: ROOT, stdio: 'inherit' });
  }
  return zip;
}

/** A GET without decoding: status, headers and the bytes as sent. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

test('the package served by nginx under a sub-path: page, headers, wasm compressed, offline', async ({ browser }) => {
  test.skip(!fs.existsSync(NGINX), `no nginx at ${NGINX} (scripts/install.sh test installs it)`);
  // Packing (Brotli at its best) takes a while when the build is new.
  test.setTimeout(120_000);
  const version = cargoVersion();
  const zip = packageZip();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-nginx-'));
  fs.chmodSync(tmp, 0o755);
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, tmp]);
  const pkg = path.join(tmp, `plan-tracker-${version}`);
  for (const f of ['site/index.html', 'site/sw.js', 'plan-tracker.html', 'plan-format.md', 'LICENSE.txt', 'HOSTING.md', 'nginx.conf']) {
    expect(fs.existsSync(path.join(pkg, f)), f).toBe(true);
  }
  expect(fs.existsSync(path.join(pkg, 'site', 'plan-tracker.html'))).toBe(false);
  const hosting = fs.readFileSync(path.join(pkg, 'HOSTING.md'), 'utf8');
  expect(hosting).toContain(`# Hosting Plan Tracker ${version}`);
  expect(hosting).not.toContain('@CSP@');
  const wasmName = fs.readdirSync(path.join(pkg, 'site')).find((f) => f.endsWith('_bg.wasm'))!;
  expect(fs.existsSync(path.join(pkg, 'site', `${wasmName}.gz`))).toBe(true);
  expect(fs.existsSync(path.join(pkg, 'site', `${wasmName}.br`))).toBe(true);

  // The site where nginx.conf expects it: <root>/plan-tracker/.
  fs.mkdirSync(path.join(tmp, 'www'));
  fs.renameSync(path.join(pkg, 'site'), path.join(tmp, 'www', 'plan-tracker'));
  const p = port(4);
  let conf = fs.readFileSync(path.join(pkg, 'nginx.conf'), 'utf8');
  const change = (from: RegExp, to: string) => {
    expect(conf.match(new RegExp(from.source, 'gm'))?.length, String(from)).toBe(1);
    conf = conf.replace(from, to);
  };
  change(/^(\s*)listen 8080;/m, `$1listen 127.0.0.1:${p};`);
  change(/^(\s*)root \/var\/www;/m, `$1root ${path.join(tmp, 'www')};`);
  fs.writeFileSync(path.join(tmp, 'plan-tracker.conf'), conf);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${path.join(tmp, t)};`)
    .join('\n  ');
  fs.writeFileSync(
    path.join(tmp, 'main.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${path.join(tmp, 'nginx.pid')};
error_log ${path.join(tmp, 'error.log')};
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  include ${path.join(tmp, 'plan-tracker.conf')};
}
`,
  );
  const nginx = await start(NGINX, ['-p', tmp, '-c', path.join(tmp, 'main.conf'), '-e', path.join(tmp, 'error.log')], p);
  const site = `http://127.0.0.1:${p}/plan-tracker/`;
  let context;
  try {
    context = await browser.newContext();
    // The sub-path without its slash is sent to the slash.
    const bare = await get(`http://127.0.0.1:${p}/plan-tracker`);
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/plan-tracker/');

    // The page: its policy as a header too, with frame-ancestors; the security headers; never cached.
    const page0 = await get(site);
    expect(page0.status).toBe(200);
    const meta = page0.body.toString('utf8').match(/content="([^"]+)" http-equiv=Content-Security-Policy/)![1];
    expect(page0.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(page0.headers['x-content-type-options']).toBe('nosniff');
    expect(page0.headers['referrer-policy']).toBe('no-referrer');
    expect(page0.headers['x-frame-options']).toBe('DENY');
    expect(page0.headers['cache-control']).toBe('no-cache');
    expect((await get(`${site}sw.js`)).headers['cache-control']).toBe('no-cache');

    // The wasm: its type, the precompressed file as it is, cached for good.
    const plain = fs.readFileSync(path.join(tmp, 'www', 'plan-tracker', wasmName));
    const gz = fs.readFileSync(path.join(tmp, 'www', 'plan-tracker', `${wasmName}.gz`));
    const wasm = await get(`${site}${wasmName}`, { 'accept-encoding': 'gzip' });
    expect(wasm.status).toBe(200);
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.headers['content-encoding']).toBe('gzip');
    expect(wasm.body.equals(gz)).toBe(true);
    expect(gz.length).toBeLessThan(plain.length / 2);
    expect(wasm.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(wasm.headers['x-content-type-options']).toBe('nosniff');
    // Without gzip, the file itself.
    const raw = await get(`${site}${wasmName}`);
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.equals(plain)).toBe(true);
    const manifest = await get(`${site}manifest.webmanifest`);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect((await get(`${site}plan-format.md`)).headers['content-type']).toMatch(/^text\/markdown/);

    // In the browser: the dashboard, every file found, and again with no network.
    const page = await context.newPage();
    const failed: string[] = [];
    context.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${site}?lang=en&today=2023-09-30`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(sample)');
    await expect(page.getByRole('heading', { name: 'Overall progress' })).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    expect(failed).toEqual([]);

    await stop(nginx);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(sample)');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task list');
    expect(page.url()).toContain('/plan-tracker/?view=tasks');
  } finally {
    await context?.close();
    await stop(nginx);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
