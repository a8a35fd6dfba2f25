// After each build (a post_build hook in Trunk.toml, on trunk's staging
// directory): make the site work offline.
//
// - writes the build date into index.html (<meta name="build-date">, read by
//   the About panel): SOURCE_DATE_EPOCH's day if set, else today (UTC);
// - writes sw.js, the service worker (from static/sw.js), with the list of
//   every file of the site to keep offline and a version: the app's
//   (Cargo.toml) and an id of this build's files, so that any change to
//   the site is a new worker and a new cache.
//
// By hand: node scripts/offline.mjs [dir] [--version V]; dir defaults to
// $TRUNK_STAGING_DIR, then dist. --version stands in for Cargo.toml's
// version (the tests make a "newer version" of a built site with it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = args.indexOf('--version');
const override = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
const dir = args[0] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';

/** The version in Cargo.toml's [package] table. */
function cargoVersion() {
  const toml = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const pkg = toml.split(/^\[/m).find((t) => t.startsWith('package]'));
  const m = pkg && pkg.match(/^version\s*=\s*"([^"]+)"/m);
  if (!m) throw new Error('offline.mjs: no version in the [package] table of Cargo.toml');
  return m[1];
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function files(dir, sub = '') {
  return fs
    .readdirSync(path.join(dir, sub), { withFileTypes: true })
    .flatMap((e) => {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      return e.isDirectory() ? files(dir, rel) : [rel];
    })
    .sort();
}

// Not kept offline: the worker itself, the one-file edition (a copy of the
// whole app for use without a server) and precompressed copies.
const skip = (f) => f === 'sw.js' || f === 'plan-tracker.html' || /\.(gz|br)$/.test(f);

const index = path.join(dir, 'index.html');
const epoch = process.env.SOURCE_DATE_EPOCH;
const day = (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
const meta = `<meta name="build-date" content="${day}">`;
let page = fs.readFileSync(index, 'utf8');
page = /<meta name="build-date"[^>]*>/.test(page)
  ? page.replace(/<meta name="build-date"[^>]*>/, meta)
  : page.replace(/<\/title>/, `</title>${meta}`);
if (!page.includes(meta)) throw new Error(`offline.mjs: no <title> in ${index}`);
fs.writeFileSync(index, page);

const list = files(dir).filter((f) => !skip(f));
const id = crypto.createHash('sha256');
for (const f of list) {
  id.update(`${f}\0`);
  id.update(crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest());
}
const version = `${override ?? cargoVersion()}-${id.digest('hex').slice(0, 12)}`;
// The comments stay in static/sw.js: the browser fetches sw.js on every
// visit to look for a new version.
const worker = fs
  .readFileSync(path.join(root, 'static', 'sw.js'), 'utf8')
  .replace(/^\s*\/\/.*\n/gm, '')
  .replace("'@VERSION@'", JSON.stringify(version))
  .replace("['@FILES@']", JSON.stringify(list));
if (worker.includes('@VERSION@') || worker.includes('@FILES@')) {
  throw new Error('offline.mjs: static/sw.js lacks a placeholder');
}
// Minified: the browser fetches it on every visit (about 0.2 KB gzip less).
const { code } = transformSync(worker, { minify: true, loader: 'js', target: 'es2020', legalComments: 'none' });
fs.writeFileSync(path.join(dir, 'sw.js'), code);
console.log(`offline.mjs: sw.js keeps ${list.length} files offline as version ${version}; built ${day}`);
