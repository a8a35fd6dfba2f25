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
