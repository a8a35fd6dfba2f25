// Runs binaryen's wasm-opt on the release wasm, as trunk would, with two
// passes before `-Oz` (duplicate functions removed and similar ones merged
// first leave `-Oz` less to do: 1.3 KB gzip off the Chinese build, 0.2 KB
// off the English one; docs/performance.md, Bundle) and two after it (see
// below). trunk puts its `-Oz` before any pass it is given,
// so its own run is off (index.html: data-wasm-opt="0") and this step,
// the first of scripts/post-build.sh in release builds, takes its place.
// Before it, the exports no client-only app calls are dropped and the
// functions of the classes they served emptied (wasm-exports.mjs), so that
// wasm-opt removes their code.
//
// wasm-opt is npm's binaryen (package-lock.json), on the PATH that
// build.sh, serve.sh and test.sh set; a version other than the one Trunk.toml pins
// stops the build. The features are those current Rust output uses. Its
// output's custom sections are then dropped (`withoutCustomSections`). The
// page's integrity hash of the wasm is written again.
//
// By hand: node scripts/wasm-opt.mjs [dir]; dir defaults to
// $TRUNK_STAGING_DIR, then dist.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withIntegrity } from './integrity.mjs';
import { uleb } from './wasm-bytes.mjs';
import { dropExports, dropStreamClasses, emptyFunctions } from './wasm-exports.mjs';

/**
 * `wasm` without its custom sections: notes for other tools, which
 * wasm-opt keeps. `producers` names the compilers and their versions,
 * `target_features` the instructions the wasm was built for, and
 * `__wasm_split_unstable` is for a tool that splits a wasm in parts, which
 * this build does not use. A browser reads none of them, and the loader
 * asks for none (`WebAssembly.Module.customSections`): about 0.5 KB gzip.
 */
function withoutCustomSections(wasm) {
  const parts = [wasm.subarray(0, 8)];
  let pos = 8;
  while (pos < wasm.length) {
    const [size, start] = uleb(wasm, pos + 1);
    if (wasm[pos] !== 0) parts.push(wasm.subarray(pos, start + size));
    pos = start + size;
  }
  return Buffer.concat(parts);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const fail = (what) => {
  throw new Error(`wasm-opt.mjs: ${what}`);
};

const pinned = fs.readFileSync(path.join(root, 'Trunk.toml'), 'utf8').match(/^wasm_opt\s*=\s*"(version_\d+)"/m)?.[1];
if (!pinned) fail('no wasm_opt version pinned in Trunk.toml');
const version = execFileSync('wasm-opt', ['--version'], { encoding: 'utf8' }).trim();
if (!version.includes(`(${pinned})`)) fail(`wasm-opt is "${version}", Trunk.toml pins ${pinned}`);

const wasms = fs.readdirSync(dir).filter((f) => f.endsWith('_bg.wasm'));
if (wasms.length !== 1) fail(`${wasms.length} wasm files in ${dir} (expected 1)`);
const file = path.join(dir, wasms[0]);
const before = fs.statSync(file).size;
const { wasm: lean, dropped } = dropExports(fs.readFileSync(file), /^(__wbg_)?intounderlying/);
const { wasm: leaner, emptied } = emptyFunctions(lean, /wasm_streams/);
fs.writeFileSync(file, leaner);
// And the loader's classes that called them.
const loaderFile = wasms[0].replace(/_bg\.wasm$/, '.js');
const loader = dropStreamClasses(fs.readFileSync(path.join(dir, loaderFile), 'utf8'));
fs.writeFileSync(path.join(dir, loaderFile), loader);
console.log(
  `wasm-opt.mjs: ${dropped.length} unused exports dropped (wasm-streams' classes), their ${emptied} functions emptied, and their classes in ${loaderFile}`,
);
execFileSync(
  'wasm-opt',
  [
    file,
    '-o',
    file,
    '--duplicate-function-elimination',
    '--merge-similar-functions',
    // A constant under 1 KB added to an address folds into the load's or
    // store's own offset, which differs only where the addition would wrap
    // past 4 GB into the first 1 KB: Rust's wasm keeps its data from 1 MB
    // up, under it its stack, which reaches that 1 KB only a megabyte
    // deep, and no valid pointer wraps. About 5 KB gzip less.
    '--low-memory-unused',
    '-Oz',
    // Then binaryen's whole-program flow analysis (which values can reach
    // each place: constants folded, casts and branches that cannot happen
    // dropped) and -Oz once more on what it leaves: 1.0 KB less after
    // zopfli, 0.3 KB after `gzip -9`, for about a minute more a build
    // (docs/performance.md, Bundle). -Oz twice without it: 0.8 KB; the
    // analysis alone, before or after -Oz: 0.4 KB less, or 0.1 KB more.
    '--gufa-optimizing',
    '-Oz',
    '--enable-bulk-memory',
    '--enable-nontrapping-float-to-int',
    '--enable-sign-ext',
    '--enable-mutable-globals',
    '--enable-reference-types',
    '--enable-multivalue',
  ],
  { stdio: 'inherit' },
);
fs.writeFileSync(file, withoutCustomSections(fs.readFileSync(file)));
const index = path.join(dir, 'index.html');
const page = withIntegrity(fs.readFileSync(index, 'utf8'), wasms[0], fs.readFileSync(file));
fs.writeFileSync(index, withIntegrity(page, loaderFile, loader));
console.log(`wasm-opt.mjs: ${wasms[0]} ${before} → ${fs.statSync(file).size} bytes`);
