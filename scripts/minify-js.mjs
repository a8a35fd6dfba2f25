// Minifies the JavaScript a release build ships (wasm-bindgen's loader and
// the service worker's registration script) with esbuild, pinned in
// package.json: trunk's own minifier cannot read the loader's module syntax
// and leaves it as written. Each file keeps its name; the page's
// Subresource Integrity hash of it is written again.
//
// By hand: node scripts/minify-js.mjs [dir]; dir defaults to dist.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

const dir = process.argv[2] ?? 'dist';
const index = path.join(dir, 'index.html');
let page = fs.readFileSync(index, 'utf8');

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js');
for (const file of files) {
  const full = path.join(dir, file);
  const before = fs.readFileSync(full, 'utf8');
  // The page loads the loader as a module and the registration script as a
  // classic script; esbuild keeps either form as it is.
  const { code } = transformSync(before, { minify: true, loader: 'js', target: 'es2020', legalComments: 'none' });
  fs.writeFileSync(full, code);
  const hash = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`;
  // The element that names the file, with its integrity attribute (trunk
  // writes attributes unquoted when it minifies the page, quoted otherwise).
  const tag = new RegExp(`<(?:link|script)\\b[^>]*${file.replace(/[.]/g, '\\.')}[^>]*>`, 'g');
  let found = 0;
  page = page.replace(tag, (element) => {
    if (!/integrity=/.test(element)) return element;
    found++;
    return element.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, (_, q) => `integrity=${q}${hash}${q}`);
  });
  if (found === 0 && page.includes(file)) {
    throw new Error(`minify-js.mjs: ${file} is named in ${index} without an integrity hash to update`);
  }
  console.log(`minify-js.mjs: ${file} ${before.length} → ${code.length} bytes`);
}
fs.writeFileSync(index, page);
