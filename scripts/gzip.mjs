// The smallest gzip of some bytes that the tools at hand make: Node's zlib
// at level 9, and gzip(1) -9 where it is installed, which compresses the
// app's wasm about 0.6% smaller (Node's zlib is Chromium's, tuned for
// speed). Used for the release package's precompressed .gz files, which a
// web server sends as they are, and by the benchmark, so that its sizes
// are what a user of the package downloads and what scripts/sizes.sh
// prints.
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';

let haveGzip = null;

/** The smaller of zlib's and gzip(1)'s level-9 gzip of `data` (no name or time in either). */
export function gzipSmallest(data) {
  const z = zlib.gzipSync(data, { level: 9 });
  if (haveGzip === false) return z;
  try {
    const g = execFileSync('gzip', ['-9', '-n', '-c'], { input: data, maxBuffer: 1 << 30 });
    haveGzip = true;
    return g.length < z.length ? g : z;
  } catch {
    haveGzip = false;
    return z;
  }
}
