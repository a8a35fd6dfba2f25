// Drops exports from the release wasm before wasm-opt (scripts/wasm-opt.mjs),
// so that the code only they reach goes too.
import { uleb, ulebBytes } from './wasm-bytes.mjs';

/**
 * `wasm` without the exports whose names match `unused`, and their names.
 * leptos turns on server_fn's browser client, whose wasm-streams classes
 * (`IntoUnderlyingSink`, `…Source`, `…ByteSource`) are exported from the
 * wasm for JavaScript to call; a client-only app never calls them, but an
 * export keeps its code. Dropped here, wasm-opt removes that code (about
 * 1.5 KB gzip). The loader's classes for them stay, never used.
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
