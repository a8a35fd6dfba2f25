// Helpers of the specs that host the release package with a real web server
// (package.spec.ts: nginx, apache.spec.ts: Apache httpd): the zip, unpacked
// as an IT department would, a GET that shows the bytes as sent, and the
// checks every server must pass with the package's own configuration.
import { Browser, expect } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { DIST, ROOT, builds, cargoVersion } from './delivery';

/** The zip for dist/ as it is, made again when older than the build. */
export function packageZip(): string {
  const zip = path.join(ROOT, `plan-tracker-${cargoVersion()}.zip`);
  const built = fs.statSync(path.join(DIST, 'index.html')).mtimeMs;
  if (!fs.existsSync(zip) || fs.statSync(zip).mtimeMs < built || process.env.E2E_DIST) {
    execFileSync('bash', [path.join(ROOT, 'scripts', 'package.sh'), '--no-build'], { cwd: ROOT, stdio: 'inherit' });
  }
  return zip;
}

/** A GET without decoding: status, headers and the bytes as sent. */
export function get(url: string, headers: Record<string, string> = {}) {
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

/** The package unpacked in a folder of its own (`tmp`, readable by any user,
 * for a server that drops root), its contents checked, the site moved to
 * `<www>/plan-tracker/` where the configurations expect it. */
export function unpackPackage(server: string) {
  const version = cargoVersion();
  const zip = packageZip();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `plan-tracker-${server}-`));
  fs.chmodSync(tmp, 0o755);
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, tmp]);
  const pkg = path.join(tmp, `plan-tracker-${version}`);
  const files = ['site/index.html', 'site/sw.js', 'plan-tracker.html', 'plan-format.md', 'LICENSE.txt', 'HOSTING.md'];
  for (const f of [...files, 'nginx.conf', 'apache.conf']) {
    expect(fs.existsSync(path.join(pkg, f)), f).toBe(true);
  }
  expect(fs.existsSync(path.join(pkg, 'site', 'plan-tracker.html'))).toBe(false);
  const hosting = fs.readFileSync(path.join(pkg, 'HOSTING.md'), 'utf8');
  expect(hosting).toContain(`# Hosting Plan Tracker ${version}`);
  for (const f of ['HOSTING.md', 'nginx.conf', 'apache.conf']) {
    const text = fs.readFileSync(path.join(pkg, f), 'utf8');
    expect(text, f).not.toContain('@CSP@');
    expect(text, f).not.toContain('@VERSION@');
  }
  // The English build's wasm, the one the checks' pages (?lang=en) load.
  const wasmName = builds(path.join(pkg, 'site')).en[2].replace(/^\.\//, '');
  expect(fs.existsSync(path.join(pkg, 'site', `${wasmName}.gz`))).toBe(true);
  // The wasm's gzip copy is the wasm, and as small as gzip -9 and zopfli
  // (installed with the tests' tools) make it (scripts/sizes.sh's figure is
  // what a user of the package downloads).
  const wasm = fs.readFileSync(path.join(pkg, 'site', wasmName));
  const gz = fs.readFileSync(path.join(pkg, 'site', `${wasmName}.gz`));
  expect(zlib.gunzipSync(gz).equals(wasm)).toBe(true);
  expect(gz.length).toBeLessThanOrEqual(execFileSync('gzip', ['-9', '-n', '-c'], { input: wasm, maxBuffer: 1 << 30 }).length);
  const zopfli = execFileSync('zopfli', ['-c', path.join(pkg, 'site', wasmName)], { maxBuffer: 1 << 30 });
  expect(gz.length).toBeLessThanOrEqual(zopfli.length);
  expect(fs.existsSync(path.join(pkg, 'site', `${wasmName}.br`))).toBe(true);
  const www = path.join(tmp, 'www');
  fs.mkdirSync(www);
  fs.renameSync(path.join(pkg, 'site'), path.join(www, 'plan-tracker'));
  return { tmp, pkg, www, site: path.join(www, 'plan-tracker'), wasmName };
}

/** The package's configuration file `name` with each change made: each
 * pattern must match exactly once, so that a change of the file is seen. */
export function configured(pkg: string, name: string, changes: [RegExp, string][]): string {
  let conf = fs.readFileSync(path.join(pkg, name), 'utf8');
  for (const [from, to] of changes) {
    expect(conf.match(new RegExp(from.source, 'gm'))?.length, String(from)).toBe(1);
    conf = conf.replace(from, to);
  }
  return conf;
}

/**
 * What a server hosting the package at `site` (…/plan-tracker/, from the
 * folder `dir`) must do: the bare path redirected to the slash; the security
 * headers; the types; the precompressed files sent as they are, by
 * Accept-Encoding (Brotli too where `brotli`), with Vary; the caching rules;
 * in the browser, the app from the compressed wasm, and again offline once
 * `stopServer` has stopped the server.
 */
export async function checkHosted(
  browser: Browser,
  site: string,
  dir: string,
  wasmName: string,
  brotli: boolean,
  stopServer: () => Promise<void>,
) {
  // The sub-path without its slash is sent to the slash.
  const bareUrl = site.replace(/\/$/, '');
  const bare = await get(bareUrl);
  expect(bare.status).toBe(301);
  expect(new URL(bare.headers.location!, bareUrl).href).toBe(site);

  // The page: its policy as a header too, with frame-ancestors; the security headers; never cached.
  const page0 = await get(site);
  expect(page0.status).toBe(200);
  expect(page0.headers['content-type']).toMatch(/^text\/html/);
  const meta = page0.body.toString('utf8').match(/content="([^"]+)" http-equiv=Content-Security-Policy/)![1];
  expect(page0.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
  expect(page0.headers['x-content-type-options']).toBe('nosniff');
  expect(page0.headers['referrer-policy']).toBe('no-referrer');
  expect(page0.headers['x-frame-options']).toBe('DENY');
  expect(page0.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(page0.headers['cache-control']).toBe('no-cache');
  const sw = await get(`${site}sw.js`, { 'accept-encoding': 'gzip' });
  expect(sw.headers['cache-control']).toBe('no-cache');
  expect(sw.headers['content-type']).toMatch(/^(text|application)\/javascript/);
  expect(sw.headers['content-encoding']).toBe('gzip');
  expect(sw.body.equals(fs.readFileSync(path.join(dir, 'sw.js.gz')))).toBe(true);

  // The wasm: its type, each precompressed file as it is (not compressed
  // again), cached for good, and the response varying with Accept-Encoding.
  const plain = fs.readFileSync(path.join(dir, wasmName));
  const encodings: [string, string, string][] = [['gzip', 'gzip', '.gz']];
  if (brotli) encodings.push(['br', 'br', '.br'], ['gzip, deflate, br', 'br', '.br']);
  for (const [accept, encoding, suffix] of encodings) {
    const file = fs.readFileSync(path.join(dir, `${wasmName}${suffix}`));
    const wasm = await get(`${site}${wasmName}`, { 'accept-encoding': accept });
    expect(wasm.status, accept).toBe(200);
    expect(wasm.headers['content-type'], accept).toBe('application/wasm');
    expect(wasm.headers['content-encoding'], accept).toBe(encoding);
    expect(wasm.headers.vary, accept).toMatch(/^accept-encoding$/i);
    expect(wasm.body.equals(file), accept).toBe(true);
    expect(file.length, accept).toBeLessThan(plain.length / 2);
    expect(wasm.headers['cache-control'], accept).toBe('public, max-age=31536000, immutable');
    expect(wasm.headers['x-content-type-options'], accept).toBe('nosniff');
  }
  // The build writes a hash without its leading zeros, so a hashed name
  // may carry fewer than 16 hex digits: cached for good all the same.
  const short = wasmName.replace(/-[0-9a-f](?=[0-9a-f]+_bg\.wasm$)/, '-');
  fs.copyFileSync(path.join(dir, wasmName), path.join(dir, short));
  try {
    const shortRes = await get(`${site}${short}`);
    expect(shortRes.status, short).toBe(200);
    expect(shortRes.headers['cache-control'], short).toBe('public, max-age=31536000, immutable');
  } finally {
    fs.rmSync(path.join(dir, short));
  }
  // Without an encoding the browser takes, the file itself.
  const raw = await get(`${site}${wasmName}`);
  expect(raw.headers['content-type']).toBe('application/wasm');
  expect(raw.headers['content-encoding']).toBeUndefined();
  expect(raw.headers.vary).toMatch(/^accept-encoding$/i);
  expect(raw.body.equals(plain)).toBe(true);
  // Every file with a compressed copy beside it: the same type and Vary
  // with or without an encoding, the copy sent as it is.
  const compressed = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.gz'))
    .map((f) => f.slice(0, -3).split(path.sep).join('/'));
  expect(compressed.length).toBeGreaterThan(5);
  for (const f of compressed) {
    const identity = await get(`${site}${f}`);
    expect(identity.status, f).toBe(200);
    expect(identity.headers['content-encoding'], f).toBeUndefined();
    expect(identity.headers.vary, f).toMatch(/^accept-encoding$/i);
    expect(identity.body.equals(fs.readFileSync(path.join(dir, f))), f).toBe(true);
    for (const encoding of brotli ? ['gzip', 'br'] : ['gzip']) {
      const copy = await get(`${site}${f}`, { 'accept-encoding': encoding });
      expect(copy.headers['content-encoding'], `${f} ${encoding}`).toBe(encoding);
      expect(copy.headers['content-type'], `${f} ${encoding}`).toBe(identity.headers['content-type']);
      expect(copy.headers.vary, `${f} ${encoding}`).toMatch(/^accept-encoding$/i);
      const file = fs.readFileSync(path.join(dir, `${f}.${encoding === 'gzip' ? 'gz' : 'br'}`));
      expect(copy.body.equals(file), `${f} ${encoding}`).toBe(true);
    }
  }
  const css = fs.readdirSync(dir).find((f) => /^plan-tracker-[0-9a-f]{8,16}\.css$/.test(f))!;
  expect((await get(`${site}${css}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const manifest = await get(`${site}manifest.webmanifest`);
  expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
  expect(manifest.headers['cache-control']).toBe('no-cache');
  expect((await get(`${site}plan-format.md`)).headers['content-type']).toMatch(/^text\/markdown/);

  // In the browser: the dashboard, every file found, and again with no network.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const failed: string[] = [];
    const wasmEncodings: (string | undefined)[] = [];
    context.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.url().endsWith(wasmName)) wasmEncodings.push(r.headers()['content-encoding']);
    });
    await page.goto(`${site}?lang=en&today=2023-09-30`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(sample)');
    await expect(page.getByRole('heading', { name: 'Overall progress' })).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    expect(failed).toEqual([]);
    // The app ran from a compressed wasm file.
    expect(wasmEncodings.length).toBeGreaterThan(0);
    expect(['gzip', 'br']).toContain(wasmEncodings[0]);

    await stopServer();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(sample)');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Tasks' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task list');
    expect(page.url()).toContain('/plan-tracker/?view=tasks');
  } finally {
    await context.close();
  }
}
