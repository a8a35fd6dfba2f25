// After each build (a post_build hook in Trunk.toml, after offline.mjs):
// write plan-tracker.html, the whole app in one HTML file that runs when
// opened straight from disk (file://), a shared drive or an e-mail.
//
// From the built index.html: the style sheet goes inline (<style>); the
// wasm-bindgen module goes inline as a module script (its exports dropped:
// nothing imports it), and the wasm as gzip + base64 in a data block that
// the module inflates (DecompressionStream) and instantiates; the icon
// becomes a data: URL; the sample plan's files and the saved pages' style
// sheets go in data blocks; what needs a server goes (the manifest, the service
// worker's registration, the preloads). The page's Content Security Policy
// is rewritten for a page that loads nothing: no source but its own inline
// code, allowed by the sha256 of each script and of the style sheet.
//
// By hand: node scripts/single-file.mjs [dir]; dir defaults to
// $TRUNK_STAGING_DIR, then dist. Writes <dir>/plan-tracker.html.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const read = (f) => fs.readFileSync(path.join(dir, f));
let page = read('index.html').toString('utf8');

const fail = (what) => {
  throw new Error(`single-file.mjs: ${what} in ${path.join(dir, 'index.html')}`);
};
/** The one tag matching `re`, or a failure naming `what`. */
const one = (re, what) => {
  const all = page.match(new RegExp(re.source, `${re.flags.replace('g', '')}g`)) ?? [];
  if (all.length !== 1) fail(`${all.length} ${what} (expected 1)`);
  return all[0];
};
const attr = (tag, name) => tag.match(new RegExp(`\\b${name}=["']?([^"' >]+)`))?.[1];
const local = (href) => href.replace(/^\.?\//, '');
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// The style sheet, inline.
const cssTag = one(/<link\b[^>]*\brel=["']?stylesheet[^>]*>/, 'style sheet links');
const css = read(local(attr(cssTag, 'href'))).toString('utf8');
if (css.includes('</style')) fail('a style sheet that closes its <style>');
page = page.replace(cssTag, () => `<style>${css}</style>`);

// trunk's loader: import the module, init it with the wasm file, announce.
const loader = one(/<script\b(?![^>]*\bsrc=)[^>]*\btype=["']?module[^>]*>[\s\S]*?<\/script>/, 'inline module scripts');
const jsFile = loader.match(/from\s*["']([^"']+\.js)["']/)?.[1] ?? fail('no module imported by the loader');
const wasmFile = loader.match(/["']([^"']+\.wasm)["']/)?.[1] ?? fail('no wasm file named by the loader');
let js = read(local(jsFile)).toString('utf8');
if (/^\s*import\b/m.test(js)) fail(`${jsFile} imports other modules (snippets), which one file cannot hold`);
// The module's exports become plain declarations; its default export is the init function.
const init = js.match(/export\s*\{(?:[^}]*?[\s,])?([\w$]+)\s+as\s+default\b[^}]*\}/)?.[1] ?? fail(`no default export in ${jsFile}`);
js = js
  .replace(/export\s*\{[^}]*\}\s*;?/g, '')
  // (at a line's start, or after a statement when the module is minified)
  .replace(/(^|[;}])\s*export\s+(?=(async\s+)?function\b|class\b|const\b|let\b|var\b)/gm, '$1');
if (/\bexport\b\s*(\{|default|function|class|const|let|var)/.test(js)) fail(`an export left in ${jsFile}`);
const wasm = zlib.gzipSync(read(local(wasmFile)), { level: 9 }).toString('base64');
// In a block: the module's own top-level names (wasm, …) stay its own.
const boot = `${js}
{
  const data = document.getElementById('plan-tracker-wasm');
  const packed = Uint8Array.from(atob(data.textContent), (c) => c.charCodeAt(0));
  data.remove();
  const gunzip = new DecompressionStream('gzip');
  const bytes = await new Response(new Blob([packed]).stream().pipeThrough(gunzip)).arrayBuffer();
  const instance = await ${init}({ module_or_path: bytes });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
}
`;
if (boot.includes('</script')) fail(`${jsFile}: a text that closes its <script>`);
page = page.replace(
  loader,
  () =>
    `<script type="application/octet-stream" id="plan-tracker-wasm">${wasm}</script>` +
    `<script type="module">${boot}</script>`,
);

// The sample plan's files and the saved pages' style sheets, which the app
// fetches from the site, as data blocks of their names' ids: the app reads
// a block of that id instead (nothing can be fetched from disk). Not
// executed, so not in the policy.
const blocks = [
  ['sample.zh.json', 'application/json'],
  ['sample.en.words', 'text/plain'],
  ['saved/report.css', 'text/plain'],
  ['saved/notice.css', 'text/plain'],
  ['saved/bulletin.css', 'text/plain'],
];
for (const [name, type] of blocks) {
  const text = read(name).toString('utf8');
  if (/<\/script|<!--|\r/i.test(text)) fail(`${name}: a text a <script> block cannot hold as it is`);
  page = page.replace('</body>', () => `<script type="${type}" id="${name}">${text}</script></body>`);
}

// What needs a server goes: preloads, the manifest, the service worker's registration.
page = page
  .replace(/<link\b[^>]*\brel=["']?(modulepreload|preload|manifest|apple-touch-icon)\b[^>]*>/g, '')
  .replace(/<script\b[^>]*\bsrc=["']?[^"' >]*register-sw[^>]*>\s*<\/script>/g, '');
if (/<script\b[^>]*\bsrc=/.test(page)) fail('a script loaded from a file is left');

// The icon as a data: URL.
const iconTag = one(/<link\b[^>]*\brel=["']?icon\b[^>]*>/, 'icon links');
const icon = read(local(attr(iconTag, 'href'))).toString('base64');
page = page.replace(iconTag, () => `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${icon}">`);

// Every script that runs, by hash; the style sheet by hash; nothing loaded.
const scripts = [...page.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter(([, attrs]) => !/type=["']?(application\/(octet-stream|json)|text\/plain)/.test(attrs))
  .map(([, , text]) => sha256(text));
const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => sha256(text));
const policy = [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${scripts.join(' ')}`,
  `style-src ${styles.join(' ')}`,
  'img-src data: blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const cspTag = one(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/i, 'CSP meta tags');
page = page.replace(cspTag, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);

const out = path.join(dir, 'plan-tracker.html');
fs.writeFileSync(out, page);
console.log(
  `single-file.mjs: ${out} (${(Buffer.byteLength(page) / 1024).toFixed(0)} KB; ${scripts.length} script(s), ${styles.length} style sheet(s) by hash)`,
);
