// The release site, one wasm per language: the page loads the build of the
// language the user chose, so each user downloads the texts of one
// (each language is about 31 KB gzip of the wasm; docs/performance.md).
//
// scripts/build.sh makes three release builds (the cargo features `zh` and
// `en`): Chinese into the site's directory, English and both languages
// beside it. This step, after them:
//   - copies the English build's loader (.js) and wasm into the site;
//   - replaces trunk's loader in the page with one that picks the build by
//     the rule the app starts by (`ui::state::start_lang`): the address's
//     `?lang=`, else the language stored, else Chinese; it fetches the wasm
//     and imports the loader with their integrity hashes, as trunk's
//     preloads did (which named the Chinese files only, and go);
//   - writes the page's Content Security Policy again with the hashes of
//     its inline scripts as they are now;
//   - puts the one-file app of the both-languages build in place of the
//     Chinese one (opened from disk, it has no other page to load), and
//     writes the service worker again so that it keeps both builds.
//
// By hand: node scripts/languages.mjs SITE EN_BUILD BOTH_BUILD
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const [site, enDir, bothDir] = process.argv.slice(2);
if (!bothDir) throw new Error('usage: node scripts/languages.mjs SITE EN_BUILD BOTH_BUILD');
const fail = (what) => {
  throw new Error(`languages.mjs: ${what}`);
};
const LOADER = /<script\b(?![^>]*\bsrc=)[^>]*\btype=["']?module["']?[^>]*>([\s\S]*?)<\/script>/g;

/** The loader and wasm a build's page names (trunk's inline module script). */
function appOf(dir) {
  const page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const loaders = [...page.matchAll(LOADER)];
  if (loaders.length !== 1) fail(`${loaders.length} inline module scripts in ${dir}/index.html (expected 1)`);
  const text = loaders[0][1];
  const js = text.match(/from\s*["']\.?\/?([^"']+\.js)["']/)?.[1] ?? fail(`no module imported in ${dir}/index.html`);
  const wasm = text.match(/["']\.?\/?([^"']+\.wasm)["']/)?.[1] ?? fail(`no wasm named in ${dir}/index.html`);
  return { page, js, wasm };
}

const sri = (file) => `sha384-${crypto.createHash('sha384').update(fs.readFileSync(file)).digest('base64')}`;
const zh = appOf(site);
const en = appOf(enDir);
if (zh.wasm === en.wasm) fail('the Chinese and English builds have the same wasm name');
for (const f of [en.js, en.wasm]) fs.copyFileSync(path.join(enDir, f), path.join(site, f));

const files = {};
for (const [lang, app] of [['zh', zh], ['en', en]]) {
  files[lang] = [`./${app.js}`, sri(path.join(site, app.js)), `./${app.wasm}`, sri(path.join(site, app.wasm))];
}
// The list of files as it is (scripts/sizes.sh, the benchmark and the tests
// read it), the rest minified as the other scripts are
// (scripts/minify-js.mjs): about 0.1 KB gzip less in every visit's page.
const loader = `const files = ${JSON.stringify(files)};` + transformSync(`
const pick = (s) => {
  s = String(s ?? '').trim().toLowerCase();
  return s === 'en' || s.startsWith('en-') ? 'en' : s === 'zh' || s.startsWith('zh-') ? 'zh' : null;
};
let stored = null;
try {
  stored = JSON.parse(localStorage.getItem('plan-tracker/v1/lang'));
} catch {}
const [js, jsHash, wasmFile, wasmHash] = files[pick(new URLSearchParams(location.search).get('lang')) ?? pick(stored) ?? 'zh'];
const wasmResponse = fetch(wasmFile, { integrity: wasmHash });
document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href: js, integrity: jsHash, crossOrigin: 'anonymous' }));
const bindings = await import(js);
const wasm = await bindings.default({ module_or_path: wasmResponse });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));`,
  { minify: true, loader: 'js', format: 'esm', target: 'es2022', legalComments: 'none' },
).code.trim();
if (loader.includes('</script')) fail('a loader that closes its <script>');

let page = zh.page.replace(LOADER, () => `<script type=module>${loader}</script>`);
// trunk's preloads of the Chinese files: the loader fetches the chosen ones.
const preloads = /<link\b[^>]*\brel=["']?(modulepreload|preload)\b[^>]*>/g;
const dropped = (page.match(preloads) ?? []).filter((tag) => tag.includes(zh.js) || tag.includes(zh.wasm));
if (dropped.length !== 2) fail(`${dropped.length} preloads of the Chinese build (expected 2)`);
for (const tag of dropped) page = page.replace(tag, '');

// The policy: the inline scripts' hashes as they are now.
const meta = page.match(/<meta\b[^>]*Content-Security-Policy[^>]*>/)?.[0] ?? fail('no policy in the page');
const policy = meta.match(/(content=")([^"]*)(")/) ?? fail('no content in the policy');
const scripts = [...page.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = scripts.map((s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`);
const scriptSrc = policy[2].match(/script-src ([^;]*)/) ?? fail('no script-src in the policy');
const kept = scriptSrc[1].split(/\s+/).filter((w) => w && !w.startsWith("'sha256-"));
const written = policy[2].replace(scriptSrc[0], `script-src ${[...kept, ...hashes].join(' ')}`);
page = page.replace(meta, meta.replace(policy[0], `${policy[1]}${written}${policy[3]}`));
fs.writeFileSync(path.join(site, 'index.html'), page);

fs.copyFileSync(path.join(bothDir, 'plan-tracker.html'), path.join(site, 'plan-tracker.html'));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync('node', [path.join(root, 'scripts', 'offline.mjs'), site], { stdio: 'inherit' });
console.log(`languages.mjs: ${site}/index.html loads ${zh.wasm} (zh) or ${en.wasm} (en); ${scripts.length} inline script(s) by hash`);
