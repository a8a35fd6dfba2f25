// Minifies the JavaScript a release build ships (wasm-bindgen's loader and
// the service worker's registration script) with esbuild, pinned in
// package.json: trunk's own minifier cannot read the loader's module syntax
// and leaves it as written. Each file keeps its name; the page's
// Subresource Integrity hash of it is written again.
//
// By hand: node scripts/minify-js.mjs [dir]; dir defaults to dist.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { withIntegrity } from './integrity.mjs';

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
  page = withIntegrity(page, file, code);
  console.log(`minify-js.mjs: ${file} ${before.length} → ${code.length} bytes`);
}
fs.writeFileSync(index, page);
