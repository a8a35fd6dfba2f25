// The release build's steps on the wasm after wasm-opt. wasm-order.mjs
// orders its functions for gzip: a module with every kind of reference to a
// function (calls, the table's elements, `ref.func`, exports, the start
// function, a global) behaves the same with its functions in another order.
// wasm-imports.mjs gives its imports short names in the wasm and the loader
// alike. wasm-exports.mjs, before wasm-opt, drops the exports nothing
// calls and empties the functions of the classes they served; wasm-opt.mjs
// leaves no custom section in what ships. And the built page names each of
// its files with the integrity hash of what is there, and what one user
// downloads stays within the bundle budget.
import { expect, test } from './fixtures';
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { builds } from './delivery';
import { more } from './header';

const WAT = `(module
  (import "env" "log" (func $log (param i32)))
  (type $int (func (result i32)))
  (table 3 funcref)
  (elem (i32.const 0) $seven $forty $sum)
  (elem declare func $forty)
  (global $started (mut i32) (i32.const 0))
  (global $kept funcref (ref.func $seven))
  (func $seven (result i32) (i32.const 7))
  (func $forty (result i32) (i32.const 40))
  (func $sum (result i32) (i32.add (call $seven) (call $forty)))
  (func $start (global.set $started (i32.const 1)) (call $log (i32.const 5)))
  (func $by_table (param $i i32) (result i32) (call_indirect (type $int) (local.get $i)))
  (func $is_forty (result i32) (ref.is_null (ref.func $forty)))
  (func $loop (param $n i32) (result i32) (local $acc i32)
    (block $done (loop $again
      (br_if $done (i32.eqz (local.get $n)))
      (local.set $acc (i32.add (local.get $acc) (call $sum)))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br $again)))
    (local.get $acc))
  (func $started (result i32) (global.get $started))
  (start $start)
  (export "sum" (func $sum))
  (export "by_table" (func $by_table))
  (export "is_forty" (func $is_forty))
  (export "loop" (func $loop))
  (export "started" (func $started)))`;

// Both are ES modules (binaryen waits for its own wasm at the top level), so
// they are imported as the tests start rather than required.
/* eslint-disable @typescript-eslint/no-explicit-any */
let binaryen: any;
let orderForGzip: (b: Uint8Array) => { bytes: Uint8Array; before: number; after: number };
let reorderFunctions: (b: Uint8Array, order: number[]) => Uint8Array;
let shortenImports: (wasm: Buffer, loader: string) => { wasm: Buffer; loader: string; renamed: number; dropped: number };
let dropExports: (wasm: Buffer, unused: RegExp) => { wasm: Buffer; dropped: string[] };
let dropStreamClasses: (loader: string) => string;
let emptyFunctions: (wasm: Buffer, unused: RegExp) => { wasm: Buffer; emptied: number };
test.beforeAll(async () => {
  binaryen = (await import('binaryen')).default;
  const scripts = path.resolve(__dirname, '../../scripts');
  ({ orderForGzip, reorderFunctions } = await import(path.join(scripts, 'wasm-order.mjs')));
  ({ shortenImports } = await import(path.join(scripts, 'wasm-imports.mjs')));
  ({ dropExports, dropStreamClasses, emptyFunctions } = await import(path.join(scripts, 'wasm-exports.mjs')));
});

/** The module above as binaryen writes it; with `names`, its `name` section kept. */
function build(names = false): Uint8Array {
  const module = binaryen.parseText(WAT);
  module.setFeatures(binaryen.Features.All);
  expect(module.validate()).toBeTruthy();
  binaryen.setDebugInfo(names);
  const bytes = module.emitBinary();
  binaryen.setDebugInfo(false);
  module.dispose();
  return bytes;
}

async function run(bytes: Uint8Array) {
  const logged: number[] = [];
  const { instance } = await WebAssembly.instantiate(bytes, { env: { log: (n: number) => logged.push(n) } });
  const e = instance.exports as Record<string, (...a: number[]) => number>;
  return {
    logged,
    sum: e.sum(),
    byTable: [0, 1, 2].map((i) => e.by_table(i)),
    isForty: e.is_forty(),
    loop: e.loop(3),
    started: e.started(),
  };
}

test('a module behaves the same with its functions in any order', async () => {
  const bytes = build();
  const expected = await run(bytes);
  expect(expected).toEqual({ logged: [5], sum: 47, byTable: [7, 40, 47], isForty: 0, loop: 141, started: 1 });
  const defined = 8;
  const orders = [
    [7, 6, 5, 4, 3, 2, 1, 0],
    [3, 0, 6, 1, 7, 2, 5, 4],
    [1, 2, 3, 4, 5, 6, 7, 0],
  ];
  for (const order of orders) {
    expect(order).toHaveLength(defined);
    const reordered = reorderFunctions(bytes, order);
    expect(WebAssembly.validate(reordered)).toBe(true);
    expect(Buffer.from(reordered).equals(Buffer.from(bytes))).toBe(false);
    expect(await run(reordered)).toEqual(expected);
  }
  // Reordering twice by inverse orders gives the module back byte for byte.
  const order = orders[1];
  const inverse = order.map((_, k) => order.indexOf(k));
  expect(Buffer.from(reorderFunctions(reorderFunctions(bytes, order), inverse)).equals(Buffer.from(bytes))).toBe(true);
  expect(() => reorderFunctions(bytes, [0, 1, 2])).toThrow(/each defined function once/);
});

test('the order for gzip keeps a module that would not compress smaller, and refuses one with names', async () => {
  const bytes = build();
  const { bytes: out, before, after } = orderForGzip(bytes);
  expect(after).toBeLessThanOrEqual(before);
  expect(await run(out)).toEqual(await run(bytes));
  const named = binaryen.parseText(WAT);
  named.setFeatures(binaryen.Features.All);
  binaryen.setDebugInfo(true);
  const withNames = named.emitBinary();
  binaryen.setDebugInfo(false);
  named.dispose();
  expect(() => orderForGzip(withNames)).toThrow(/name section/);
});

test('imports get short names in the wasm and the loader alike; a name written twice is left; a function for no import goes', async () => {
  const module = binaryen.parseText(`(module
    (import "wbg" "__wbg_seven_0123456789abcdef" (func $seven (result i32)))
    (import "wbg" "__wbg_forty_fedcba9876543210" (func $forty (result i32)))
    (import "wbg" "__wbg_twice_00000000000000ff" (func $twice (result i32)))
    (import "wbg" "__wbindgen_plain" (func $plain (result i32)))
    (func $sum (result i32)
      (i32.add (i32.add (call $seven) (call $forty)) (i32.add (call $twice) (call $plain))))
    (export "sum" (func $sum)))`);
  const wasm = Buffer.from(module.emitBinary());
  module.dispose();
  const loader = `({ wbg: {
    __wbg_seven_0123456789abcdef: function () { return 7; },
    __wbg_forty_fedcba9876543210: function () { return 40; },
    __wbg_twice_00000000000000ff: function () { return 1000; },
    __wbg_gone_0000000000000abc: function(arg0) {
        const ret = arg0.gone;
        return ret;
    },
    __wbg_thrown_0000000000000abd: function() { return handleError(function (arg0) {
        arg0.thrown();
    }, arguments); },
    __wbindgen_plain: function () { return 2; },
  }, note: '__wbg_twice_00000000000000ff' })`;
  const out = shortenImports(wasm, loader);
  expect(out.renamed).toBe(2);
  // The loader's functions for imports the wasm does not have go, in
  // either of the forms wasm-bindgen writes.
  expect(out.dropped).toBe(2);
  expect(out.loader).not.toContain('gone');
  expect(out.loader).not.toContain('thrown');
  expect(out.loader).not.toContain('__wbg_seven_0123456789abcdef');
  expect(out.loader).toContain('__wbg_twice_00000000000000ff: function');
  expect(out.wasm.length).toBeLessThan(wasm.length);
  expect(out.wasm.includes('__wbg_forty_fedcba9876543210')).toBe(false);
  const imports = new Function(`return ${out.loader}`)();
  const { instance } = await WebAssembly.instantiate(out.wasm, imports);
  expect((instance.exports.sum as () => number)()).toBe(1049);
  // The short names are new words of the loader.
  const names = WebAssembly.Module.imports(new WebAssembly.Module(out.wasm)).map((i) => i.name);
  expect(names).toEqual(['w0', 'w1', '__wbg_twice_00000000000000ff', '__wbindgen_plain']);
});

test('exports no client-only app calls are dropped, the rest kept; the built wasm has none of them', async () => {
  const bytes = Buffer.from(build());
  const { wasm, dropped } = dropExports(bytes, /^(by_table|loop)$/);
  expect(dropped).toEqual(['by_table', 'loop']);
  const names = WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name);
  expect(names).toEqual(['sum', 'is_forty', 'started']);
  const { instance } = await WebAssembly.instantiate(wasm, { env: { log: () => {} } });
  expect((instance.exports.sum as () => number)()).toBe(47);
  // The release wasms: wasm-streams' classes, which leptos's server_fn
  // brings and nothing calls, are not exported (their code is gone).
  const dist = process.env.E2E_DIST ?? 'dist';
  const wasms = fs.readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'));
  expect(wasms.length).toBe(2);
  for (const file of wasms) {
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(fs.readFileSync(path.join(dist, file))));
    expect(exports.length).toBeGreaterThan(0);
    expect(exports.filter((e) => /intounderlying/i.test(e.name))).toEqual([]);
    // Nor does its loader keep their classes.
    const loader = fs.readFileSync(path.join(dist, file.replace(/_bg\.wasm$/, '.js')), 'utf8');
    expect(loader).not.toMatch(/IntoUnderlying|intounderlying/);
  }
});

test('the release wasms keep no custom section: no names, no producers, no target features', () => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const wasms = fs.readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'));
  expect(wasms.length).toBe(2);
  for (const file of wasms) {
    const module = new WebAssembly.Module(fs.readFileSync(path.join(dist, file)));
    for (const name of ['name', 'producers', 'target_features', '__wasm_split_unstable']) {
      expect(WebAssembly.Module.customSections(module, name), `${file}: ${name}`).toEqual([]);
    }
  }
});

// The budget for what one user downloads (wasm, loader, scripts, style
// sheet and page), gzip-compressed as the release package ships them:
// scripts/sizes.sh prints it for each language; over it, the build fails here.
const BUDGET = 700_000;

test('one user downloads at most 700,000 bytes gzip, in either language', () => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const printed = execFileSync('bash', ['scripts/sizes.sh', dist], { encoding: 'utf8' });
  const totals = [...printed.matchAll(/^total, one user \((\w+)\)\s+\d+\s+(\d+)$/gm)];
  expect(totals.length, printed).toBeGreaterThan(0);
  for (const [, lang, gzip] of totals) {
    expect(Number(gzip), `one user (${lang}), bytes gzip`).toBeLessThanOrEqual(BUDGET);
  }
});

test('functions named as unused are emptied, reached through the table or not; none so named stops the build', async () => {
  const bytes = Buffer.from(build(true));
  const { wasm, emptied } = emptyFunctions(bytes, /^forty$/);
  expect(emptied).toBe(1);
  expect(wasm.length).toBeLessThan(bytes.length);
  const { instance } = await WebAssembly.instantiate(wasm, { env: { log: () => {} } });
  const e = instance.exports as Record<string, (...a: number[]) => number>;
  // The other functions are as they were, in the table too.
  expect(e.by_table(0)).toBe(7);
  expect(e.started()).toBe(1);
  expect(e.is_forty()).toBe(0);
  // The emptied one stops where it is called, directly or through the table.
  expect(() => e.by_table(1)).toThrow(WebAssembly.RuntimeError);
  expect(() => e.sum()).toThrow(WebAssembly.RuntimeError);
  // A module without names, or a name that is not there: the build stops.
  expect(() => emptyFunctions(Buffer.from(build()), /^forty$/)).toThrow(/no function named/);
  expect(() => emptyFunctions(bytes, /^fifty$/)).toThrow(/no function named/);
});

test('the loader loses the classes of the dropped exports and nothing else, or the build stops', () => {
  const cls = (name: string) => `export class ${name} {
    free() {
        wasm.__wbg_${name.toLowerCase()}_free(this.__wbg_ptr, 0);
    }
}
if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;
`;
  const finalization = (name: string) => `const ${name}Finalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_${name.toLowerCase()}_free(ptr, 1));
`;
  const kept = 'export function run() { return 1; }\nconst __wbindgen_enum_VisibilityState = ["hidden", "visible"];\n';
  const loader = cls('IntoUnderlyingSink') + kept + cls('IntoUnderlyingSource') +
    'const __wbindgen_enum_ReadableStreamType = ["bytes"];\n' +
    finalization('IntoUnderlyingSink') + finalization('IntoUnderlyingSource');
  expect(dropStreamClasses(loader)).toBe(kept);
  // A loader written otherwise is not shipped with half a class.
  expect(() => dropStreamClasses(loader.replace('if (Symbol.dispose)', 'if (Symbol.asyncDispose)'))).toThrow(/still names/);
});

test('the built page names its scripts and style sheet, and each language\'s wasm and loader, with their integrity hashes', () => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const page = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const named = [...page.matchAll(/(?:href|src)=("?)\.\/([^"\s>]+)\1[^>]*?integrity=("?)(sha384-[A-Za-z0-9+/=]+)\3/g)];
  const integrityFirst = [...page.matchAll(/integrity=("?)(sha384-[A-Za-z0-9+/=]+)\1[^>]*?(?:href|src)=("?)\.\/([^"\s>]+)\3/g)];
  const pairs = new Map<string, string>();
  for (const m of named) pairs.set(m[2], m[4]);
  for (const m of integrityFirst) pairs.set(m[4], m[2]);
  // The loader's list: for each language, its loader and wasm with their hashes.
  const files = builds(dist);
  expect(Object.keys(files).sort()).toEqual(['en', 'zh']);
  for (const [js, jsHash, wasm, wasmHash] of Object.values(files)) {
    pairs.set(js.replace(/^\.\//, ''), jsHash);
    pairs.set(wasm.replace(/^\.\//, ''), wasmHash);
  }
  const wasms = fs.readdirSync(dist).filter((f) => f.endsWith('_bg.wasm'));
  expect(wasms.length).toBe(2);
  for (const wasm of wasms) expect([...pairs.keys()]).toContain(wasm);
  expect(pairs.size, [...pairs.keys()].join(' ')).toBeGreaterThanOrEqual(6);
  for (const [file, hash] of pairs) {
    const bytes = fs.readFileSync(path.join(dist, file));
    expect(`sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`, file).toBe(hash);
  }
});

test('the page loads the wasm of the language chosen only, and a switch loads the other', async ({ page }) => {
  const dist = process.env.E2E_DIST ?? 'dist';
  const files = builds(dist);
  const wasm = (lang: string) => files[lang][2].replace(/^\.\//, '');
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname.slice(1)));
  await page.goto('./?lang=en&today=2023-09-30');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(sample)');
  expect(asked).toContain(wasm('en'));
  expect(asked).not.toContain(wasm('zh'));
  // The choice, made in the app: the page loads again in Chinese, with its wasm.
  asked.length = 0;
  await (await more(page)).getByLabel('Language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('（示例）');
  expect(page.url()).toContain('lang=zh-CN');
  expect(asked).toContain(wasm('zh'));
  expect(asked).not.toContain(wasm('en'));
  // Kept: without ?lang= the page opens in the language chosen last.
  asked.length = 0;
  await page.goto('./?today=2023-09-30');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('（示例）');
  expect(asked).not.toContain(wasm('en'));
});

test('a switch of language asks first while a form has been typed in, and staying keeps what was typed', async ({ page }) => {
  const asked: string[] = [];
  page.on('dialog', async (d) => {
    asked.push(d.message());
    await (asked.length === 1 ? d.dismiss() : d.accept());
  });
  const form = async () => {
    await page.goto('./?lang=en&today=2023-09-30&view=task&id=t-2-2');
    await page.getByRole('button', { name: 'Report progress' }).click();
    return page.getByLabel('Progress made', { exact: true });
  };
  // A form opened but not typed in, and one typed in and saved (who is
  // making changes, whose form stays in the menu): the switch goes ahead at once.
  await form();
  await more(page);
  await page.locator('.identity summary').click();
  await page.getByLabel('Your name').fill('Li Hua');
  await page.locator('.identity').getByRole('button', { name: 'Save' }).click();
  await (await more(page)).getByLabel('Language').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(asked).toEqual([]);
  // Typed in: asked, in the page's language; staying keeps the text and the language.
  const made = await form();
  await made.fill('Two sites handed over.');
  await (await more(page)).getByLabel('Language').selectOption('zh-CN');
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toMatch(/^Switching the language loads the page again: what you have typed/);
  await expect(made).toHaveValue('Two sites handed over.');
  await expect((await more(page)).getByLabel('Language')).toHaveValue('en');
  expect(page.url()).toContain('lang=en');
  // Sent but refused (a progress over 100, its reason beside the field): the
  // typing is still only in the form, so the switch still asks.
  await page.getByLabel('Progress (%)', { exact: true }).fill('150');
  await page.locator('.report-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Progress (%)', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#rp-progress-error')).not.toBeEmpty();
  // Asked again and confirmed: the page loads in Chinese.
  await (await more(page)).getByLabel('Language').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect.poll(() => asked.length).toBe(2);
  expect(asked[1]).toMatch(/^Switching the language loads the page again/);
  expect(page.url()).toContain('lang=zh-CN');
});
