// Helpers of the delivery specs (offline, single file, package): servers
// they start and stop themselves, on ports beside the suite's E2E_PORT.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');
export const DIST = path.join(ROOT, process.env.E2E_DIST ?? 'dist');

/** A port of these specs' own: the suite's port plus `n` (2 to 8). */
export function port(n: number): number {
  return Number(process.env.E2E_PORT ?? 4178) + n;
}

/** The version in Cargo.toml's [package] table. */
export function cargoVersion(): string {
  const toml = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const pkg = toml.split(/^\[/m).find((t) => t.startsWith('package]'))!;
  return pkg.match(/^version\s*=\s*"([^"]+)"/m)![1];
}

/** The plan file format's version: `format::VERSION` in src/format/mod.rs. */
export function formatVersion(): string {
  const src = fs.readFileSync(path.join(ROOT, 'src', 'format', 'mod.rs'), 'utf8');
  return src.match(/^pub const VERSION: u32 = (\d+);/m)![1];
}

function listening(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(p, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Start `command` and wait (10 s at most) until something listens on port `p`. */
export async function start(command: string, args: string[], p: number): Promise<ChildProcess> {
  if (await listening(p)) throw new Error(`port ${p} is taken`);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  for (let i = 0; i < 100; i++) {
    if (await listening(p)) return child;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`${command} did not listen on ${p}: ${err}`);
}

/** Each language's built files, as the page `index.html` in `dir` lists
 * them for its loader (scripts/languages.mjs): [loader, its integrity hash,
 * wasm, its integrity hash], the names starting with "./". */
export function builds(dir: string): Record<string, string[]> {
  const page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  return JSON.parse(page.match(/const files = (\{[^;]*\});/)![1]) as Record<string, string[]>;
}

/** A plain static server (Python's http.server) on `dir`. */
export function serve(dir: string, p: number): Promise<ChildProcess> {
  return start('python3', ['-m', 'http.server', String(p), '--bind', '127.0.0.1', '--directory', dir], p);
}

/** Stop a server started here and wait until it has gone. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await gone;
}
