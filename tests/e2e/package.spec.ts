// The release package as an IT department would host it: the zip of
// scripts/package.sh, unpacked, served by Debian's nginx with the package's
// own nginx.conf under /plan-tracker/ (only its port and folder changed),
// run as the test's user with a prefix of its own. Checks the page, the
// headers, the wasm type and precompressed files, and offline use
// (hosting.ts; apache.spec.ts does the same with Apache httpd).
import { expect, test } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';
import { port, start, stop } from './delivery';
import { checkHosted, configured, get, unpackPackage } from './hosting';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

test('the package served by nginx under a sub-path: page, headers, wasm compressed, offline', async ({ browser }) => {
  test.skip(!fs.existsSync(NGINX), `no nginx at ${NGINX} (scripts/install.sh test installs it)`);
  // Packing (Brotli at its best) takes a while when the build is new.
  test.setTimeout(120_000);
  const { tmp, pkg, www, site, wasmName } = unpackPackage('nginx');
  const p = port(4);
  const conf = configured(pkg, 'nginx.conf', [
    [/^(\s*)listen 8080;/m, `$1listen 127.0.0.1:${p};`],
    [/^(\s*)root \/var\/www;/m, `$1root ${www};`],
  ]);
  fs.writeFileSync(path.join(tmp, 'plan-tracker.conf'), conf);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${path.join(tmp, t)};`)
    .join('\n  ');
  fs.writeFileSync(
    path.join(tmp, 'main.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${path.join(tmp, 'nginx.pid')};
error_log ${path.join(tmp, 'error.log')};
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  include ${path.join(tmp, 'plan-tracker.conf')};
}
`,
  );
  const nginx = await start(NGINX, ['-p', tmp, '-c', path.join(tmp, 'main.conf'), '-e', path.join(tmp, 'error.log')], p);
  try {
    // nginx.conf keeps redirects relative (absolute_redirect off).
    expect((await get(`http://127.0.0.1:${p}/plan-tracker`)).headers.location).toBe('/plan-tracker/');
    await checkHosted(browser, `http://127.0.0.1:${p}/plan-tracker/`, site, wasmName, false, () => stop(nginx));
  } finally {
    await stop(nginx);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
