// The release package (run by scripts/package.sh, which says what it holds):
// copies dist/ to site/, writes .gz and .br beside its large files, fills in
// packaging/HOSTING.md, packaging/nginx.conf and packaging/apache.conf, and zips it all as
// plan-tracker-<version>.zip in the top folder. Zipped with Python's zipfile
// (python3 is a test dependency already), so nothing more is installed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { gzipSmallest } from './gzip.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const toml = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
const version = toml
  .split(/^\[/m)
  .find((t) => t.startsWith('package]'))
  ?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
if (!version) throw new Error('package.mjs: no version in the [package] table of Cargo.toml');
const name = `plan-tracker-${version}`;

// The policy of the built page, from its <meta> tag.
const page = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const meta = page.match(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy[^>]*>/i)?.[0];
const csp = meta?.match(/content="([^"]+)"/)?.[1];
if (!csp || csp.includes('inline-script-hashes')) throw new Error('package.mjs: dist/index.html has no finished Content-Security-Policy');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-tracker-package-'));
try {
  const top = path.join(work, name);
  const site = path.join(top, 'site');
  // The one-file app goes at the top, not in the site.
  fs.cpSync(dist, site, { recursive: true, filter: (f) => path.basename(f) !== 'plan-tracker.html' });

  // Precompressed copies of every compressible file over 1 KB, where smaller.
  const compressible = /\.(html|js|css|wasm|json|webmanifest|md|txt|svg)$/;
  let count = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (compressible.test(e.name) && fs.statSync(file).size > 1024) {
        const data = fs.readFileSync(file);
        const gz = gzipSmallest(data);
        const br = zlib.brotliCompressSync(data, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        });
        if (gz.length < data.length) fs.writeFileSync(`${file}.gz`, gz);
        if (br.length < data.length) fs.writeFileSync(`${file}.br`, br);
        count++;
      }
    }
  };
  walk(site);

  // The one-file app, with the two files its About panel links beside it.
  for (const f of ['plan-tracker.html', 'plan-format.md', 'LICENSE.txt']) {
    fs.copyFileSync(path.join(dist, f), path.join(top, f));
  }
  for (const f of ['HOSTING.md', 'nginx.conf', 'apache.conf']) {
    const text = fs
      .readFileSync(path.join(root, 'packaging', f), 'utf8')
      .replaceAll('@VERSION@', version)
      .replaceAll('@CSP@', csp);
    fs.writeFileSync(path.join(top, f), text);
  }

  // Written beside the zip and renamed into place, so that whoever reads
  // the zip meanwhile (two test workers packing at once) never finds half
  // of one.
  const zip = path.join(root, `${name}.zip`);
  const part = `${zip}.${process.pid}.part`;
  const zipper = `import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for d, _, fs in sorted(os.walk(sys.argv[2])):
        for f in sorted(fs):
            z.write(os.path.join(d, f))`;
  try {
    execFileSync('python3', ['-c', zipper, part, name], { cwd: work, stdio: 'inherit' });
    fs.renameSync(part, zip);
  } finally {
    fs.rmSync(part, { force: true });
  }
  console.log(`package.mjs: ${path.relative(process.cwd(), zip) || zip} (${(fs.statSync(zip).size / 1024).toFixed(0)} KB; ${count} files precompressed)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
