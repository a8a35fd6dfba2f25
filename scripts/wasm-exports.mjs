// Drops exports from the release wasm before wasm-opt (scripts/wasm-opt.mjs),
// so that the code only they reach goes too, and empties the functions of
// the classes those exports served, which wasm-opt cannot see are unused.
import { uleb, ulebBytes } from './wasm-bytes.mjs';
import { readImports } from './wasm-imports.mjs';

/**
 * `wasm` without the exports whose names match `unused`, and their names.
 * leptos turns on server_fn's browser client, whose wasm-streams classes
 * (`IntoUnderlyingSink`, `…Source`, `…ByteSource`) are exported from the
 * wasm for JavaScript to call; a client-only app never calls them, but an
 * export keeps its code. Dropped here, wasm-opt removes that code (about
 * 1.5 KB gzip); the loader's classes for them go too (`dropStreamClasses`),
 * and the functions only their methods reach are emptied (`emptyFunctions`).
 */
export function dropExports(wasm, unused) {
  const parts = [wasm.subarray(0, 8)];
  const dropped = [];
  let pos = 8;
  while (pos < wasm.length) {
    const [size, start] = uleb(wasm, pos + 1);
    const end = start + size;
    if (wasm[pos] !== 7) {
      parts.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, at] = uleb(wasm, start);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const [length, nameAt] = uleb(wasm, at);
      const name = new TextDecoder().decode(wasm.subarray(nameAt, nameAt + length));
      const next = uleb(wasm, nameAt + length + 1)[1];
      if (unused.test(name)) dropped.push(name);
      else kept.push(wasm.subarray(at, next));
      at = next;
    }
    if (at !== end) throw new Error('wasm-exports.mjs: the export section was not read to its end');
    const body = Buffer.concat([Buffer.from(ulebBytes(kept.length)), ...kept]);
    parts.push(Buffer.from([7]), Buffer.from(ulebBytes(body.length)), body);
    pos = end;
  }
  return { wasm: Buffer.concat(parts), dropped };
}

/**
 * wasm-bindgen's loader without its classes of wasm-streams (see
 * `dropExports`): each `export class IntoUnderlying…` with its
 * `Symbol.dispose` line and its `FinalizationRegistry`, and the enum only
 * they read. Throws if any word of them is left, so that a loader written
 * otherwise stops the build instead of shipping half a class.
 */
export function dropStreamClasses(loader) {
  const out = loader
    .replace(
      /export class (IntoUnderlying\w+) \{\n[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/g,
      '',
    )
    .replace(/const IntoUnderlying\w+Finalization = \(typeof FinalizationRegistry === 'undefined'\)\n[^\n]*\n[^\n]*\n/g, '')
    .replace(/const __wbindgen_enum_ReadableStreamType = \[[^\]]*\];\n/, '');
  if (/IntoUnderlying|intounderlying|ReadableStreamType/.test(out)) {
    throw new Error('wasm-exports.mjs: the loader still names a wasm-streams class');
  }
  return out;
}

/** The function names of the module's `name` section, by function index. */
function functionNames(wasm, start, end) {
  const names = new Map();
  const decoder = new TextDecoder();
  let pos = start;
  while (pos < end) {
    const sub = wasm[pos];
    const [size, at] = uleb(wasm, pos + 1);
    if (sub === 1) {
      let [count, p] = uleb(wasm, at);
      for (let i = 0; i < count; i++) {
        const [index, q] = uleb(wasm, p);
        const [length, r] = uleb(wasm, q);
        names.set(index, decoder.decode(wasm.subarray(r, r + length)));
        p = r + length;
      }
    }
    pos = at + size;
  }
  return names;
}

/**
 * `wasm` with the body of every function whose name matches `unused`
 * replaced by `unreachable`, and how many there were. Dropping the
 * wasm-streams classes' exports (`dropExports`) leaves their methods'
 * futures alive: each is a closure boxed behind a vtable in the data
 * section, whose table slot wasm-opt must keep, as it cannot read the
 * data. Their bodies emptied, the code only they reach goes (about 8 KB
 * raw, 3 KB gzip). Nothing calls them: the loader has no class to hand
 * JavaScript such an object. Needs the wasm-bindgen output's `name`
 * section; without it, or with nothing matching, the build stops rather
 * than ship the code quietly.
 */
export function emptyFunctions(wasm, unused) {
  const sections = [];
  for (let pos = 8; pos < wasm.length; ) {
    const [size, start] = uleb(wasm, pos + 1);
    sections.push({ id: wasm[pos], head: pos, start, end: start + size });
    pos = start + size;
  }
  const imports = sections.find((s) => s.id === 2);
  // Imported functions come first in the index space.
  const imported = imports
    ? readImports(wasm, imports.start, imports.end).filter((e) => e.rest[0] === 0).length
    : 0;
  let names = new Map();
  for (const s of sections.filter((s) => s.id === 0)) {
    const [length, at] = uleb(wasm, s.start);
    if (new TextDecoder().decode(wasm.subarray(at, at + length)) === 'name') {
      names = functionNames(wasm, at + length, s.end);
    }
  }
  const code = sections.find((s) => s.id === 10);
  let [count, pos] = uleb(wasm, code.start);
  const bodies = [Buffer.from(ulebBytes(count))];
  let emptied = 0;
  for (let i = 0; i < count; i++) {
    const [size, at] = uleb(wasm, pos);
    if (unused.test(names.get(imported + i) ?? '')) {
      // No locals, `unreachable`, `end`.
      bodies.push(Buffer.from([3, 0, 0x00, 0x0b]));
      emptied++;
    } else {
      bodies.push(wasm.subarray(pos, at + size));
    }
    pos = at + size;
  }
  if (emptied === 0) {
    throw new Error(`wasm-exports.mjs: no function named ${unused} to empty (the wasm has ${names.size} names)`);
  }
  const body = Buffer.concat(bodies);
  const out = Buffer.concat([
    wasm.subarray(0, code.head),
    Buffer.from([10]),
    Buffer.from(ulebBytes(body.length)),
    body,
    wasm.subarray(code.end),
  ]);
  return { wasm: out, emptied };
}
