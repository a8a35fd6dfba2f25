// The release package hosted with Apache httpd 2.4 as HOSTING.md says: the
// zip unpacked, Debian's apache2 run in the foreground as the test's user
// with a top-level configuration of its own (its own ServerRoot, logs and
// port, the modules HOSTING.md names) that includes the package's
// apache.conf with only its folder changed. The checks are nginx's
// (hosting.ts), Brotli too.
import { test } from './fixtures';
import * as fs from 'fs';
import * as path from 'path';
import { port, start, stop } from './delivery';
import { checkHosted, configured, unpackPackage } from './hosting';

const APACHE = process.env.APACHE ?? '/usr/sbin/apache2';
const MODULES = process.env.APACHE_MODULES ?? '/usr/lib/apache2/modules';

test('the package served by Apache httpd under a sub-path: page, headers, wasm compressed, offline', async ({ browser }) => {
  test.skip(!fs.existsSync(APACHE), `no Apache httpd at ${APACHE} (scripts/install.sh test installs it)`);
  // Packing (Brotli at its best) takes a while when the build is new.
  test.setTimeout(120_000);
  const { tmp, pkg, www, site, wasmName } = unpackPackage('apache');
  const p = port(5);
  const folder = path.join(www, 'plan-tracker');
  const conf = configured(pkg, 'apache.conf', [
    [/^Alias \/plan-tracker \/var\/www\/plan-tracker$/m, `Alias /plan-tracker ${folder}`],
    [/^<Directory \/var\/www\/plan-tracker>$/m, `<Directory ${folder}>`],
  ]);
  fs.writeFileSync(path.join(tmp, 'apache.conf'), conf);
  const modules = ['mpm_event', 'authz_core', 'alias', 'dir', 'mime', 'rewrite', 'headers', 'filter', 'deflate']
    .map((m) => `LoadModule ${m}_module ${path.join(MODULES, `mod_${m}.so`)}`)
    .join('\n');
  // Apache refuses to serve as root: as root (CI), its workers run as nobody
  // (the unpacked files are readable by all).
  const user = process.getuid?.() === 0 ? 'User #65534\nGroup #65534\n' : '';
  fs.writeFileSync(
    path.join(tmp, 'httpd.conf'),
    `ServerRoot ${tmp}
DefaultRuntimeDir ${tmp}
PidFile ${path.join(tmp, 'httpd.pid')}
ErrorLog ${path.join(tmp, 'error.log')}
Listen 127.0.0.1:${p}
ServerName 127.0.0.1
${user}StartServers 1
${modules}
TypesConfig /etc/mime.types
# As Debian's default (mods-available/deflate.conf), text and wasm are
# compressed on the fly: the precompressed files must not be compressed again.
AddOutputFilterByType DEFLATE text/html text/plain text/xml text/css text/javascript
AddOutputFilterByType DEFLATE application/x-javascript application/javascript application/ecmascript
AddOutputFilterByType DEFLATE application/rss+xml application/wasm application/xml
# Stricter than Debian's default: nothing is served and no option is on
# unless the site's own configuration says so.
<Directory />
    Options None
    AllowOverride None
    Require all denied
</Directory>
Include ${path.join(tmp, 'apache.conf')}
`,
  );
  const httpd = await start(APACHE, ['-d', tmp, '-f', path.join(tmp, 'httpd.conf'), '-DFOREGROUND'], p);
  try {
    await checkHosted(browser, `http://127.0.0.1:${p}/plan-tracker/`, site, wasmName, true, () => stop(httpd));
  } finally {
    await stop(httpd);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
