// The smallest gzip of some bytes that the tools at hand make: Node's zlib
// at level 9, gzip(1) -9 where it is installed (about 0.6% smaller on the
// app's wasm: Node's zlib is Chromium's, tuned for speed), and zopfli where
// it is installed (Debian's package, scripts/install.sh test): the same
// gzip format, any browser reads it, found by a far longer search (about
// 4% smaller than gzip -9 on the app's wasm, a few seconds a file). Used
// for the release package's precompressed .gz files, which a web server
// sends as they are, and by the benchmark and scripts/sizes.sh, so that
// their sizes are what a user of the package downloads.
//
// By hand: node scripts/gzip.mjs FILE... prints each file's gzip size.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const have = new Map();

/** `tool`'s output for `args`, or null when it is not installed (asked once). */
function run(tool, args, input) {
  if (have.get(tool) === false) return null;
  try {
    const out = execFileSync(tool, args, { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
    have.set(tool, true);
    return out;
  } catch (e) {
    if (e.code === 'ENOENT') have.set(tool, false);
    else throw e;
    return null;
  }
}

/** zopfli's gzip of `data` (it reads a file, not its input), or null. */
function zopfli(data) {
  if (have.get('zopfli') === false) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-gzip-'));
  try {
    const file = path.join(dir, 'data');
    fs.writeFileSync(file, data);
    return run('zopfli', ['-c', file]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The smallest of zlib's, gzip(1)'s and zopfli's gzip of `data` (no name or time in any). */
export function gzipSmallest(data) {
  let best = zlib.gzipSync(data, { level: 9 });
  for (const other of [run('gzip', ['-9', '-n', '-c'], data), zopfli(data)]) {
    if (other && other.length < best.length) best = other;
  }
  return best;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) {
    // As text: a number given to console.log is coloured when FORCE_COLOR is set.
    process.stdout.write(`${gzipSmallest(fs.readFileSync(file)).length}\n`);
  }
}
