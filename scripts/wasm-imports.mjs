// Gives the release wasm's imports short names, in the wasm and in
// wasm-bindgen's loader alike. wasm-bindgen names each import for the Rust
// function and a 16-digit hash (`__wbg_appendChild_7465eba84213c75f`):
// about 200 of them, each written once in the wasm and once in the loader,
// and the hashes are digits gzip cannot shorten. An import is renamed only
// when its name is written exactly once in the loader (as the key of its
// function there); any other is left as it is. Each file's integrity hash in
// the page is written again.
//
// Release builds only (scripts/post-build.sh), before wasm-order.mjs and
// minify-js.mjs. By hand: node scripts/wasm-imports.mjs [dir]; dir defaults
// to dist.
import fs from 'node:fs';
import path from 'node:path';
import { withIntegrity } from './integrity.mjs';
import { uleb, ulebBytes } from './wasm-bytes.mjs';

/**
 * The import section's entries: module, name and the bytes after them (the
 * first of which is the kind, 0 for a function).
 */
export function readImports(b, start, end) {
  let [count, pos] = uleb(b, start);
  const entries = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    const names = [];
    for (let k = 0; k < 2; k++) {
      const [length, at] = uleb(b, pos);
      names.push(decoder.decode(b.subarray(at, at + length)));
      pos = at + length;
    }
    const from = pos;
    const kind = b[pos++];
    if (kind === 0) pos = uleb(b, pos)[1];
    else if (kind === 1 || kind === 2) {
      if (kind === 1) pos++;
      const flags = b[pos++];
      pos = uleb(b, pos)[1];
      if (flags & 1) pos = uleb(b, pos)[1];
    } else if (kind === 3) pos += 2;
    else throw new Error(`wasm-imports.mjs: import of kind ${kind} is not known here`);
    entries.push({ module: names[0], name: names[1], rest: b.subarray(from, pos) });
  }
  if (pos !== end) throw new Error('wasm-imports.mjs: the import section was not read to its end');
  return entries;
}

const escape = (s) => s.replace(/[$]/g, '\\$');

/**
 * The loader without the functions it gives for imports the wasm does not
 * have (`imported`: the wasm's import names), and how many went. wasm-opt
 * removes an import once every caller of it has gone (the methods of the
 * wasm-streams classes, wasm-exports.mjs); wasm-bindgen's loader, written
 * before, still defines it under its long name. Entries as wasm-bindgen
 * writes them: the key at the start of its line, the function's closing
 * brace at the start of a line at the same indent; an entry that would
 * take in the next one stops the build.
 */
export function dropUnimported(loader, imported) {
  let dropped = 0;
  // `name: function(a) {` … `},`, or, for an import that may throw,
  // `name: function() { return handleError(function (a) {` … `}, arguments); },`.
  const entry =
    /^( +)(__wbg_\w+_[0-9a-f]{16}): function\([^)\n]*\) \{(?: return handleError\(function \([^)\n]*\) \{)?\n[\s\S]*?\n\1\}(?:, arguments\); \})?,?\n/gm;
  const out = loader.replace(entry, (text, indent, name) => {
    if (imported.has(name)) return text;
    if (new RegExp(`\\n${indent}[^ }]`).test(text)) {
      throw new Error(`wasm-imports.mjs: the loader's function for ${name} does not end where expected`);
    }
    dropped++;
    return '';
  });
  return { loader: out, dropped };
}

/**
 * The wasm and the loader with short import names, and how many were
 * renamed; the loader's functions for imports the wasm does not have
 * dropped (`dropUnimported`), and how many. `wasm` is a Buffer, `loader`
 * the loader's text.
 */
export function shortenImports(wasm, loader) {
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = uleb(wasm, pos + 1);
    if (id === 2) {
      const entries = readImports(wasm, start, start + size);
      let dropped;
      ({ loader, dropped } = dropUnimported(loader, new Set(entries.map((e) => e.name))));
      let next = 0;
      let renamed = 0;
      const short = () => {
        for (;;) {
          const name = `w${(next++).toString(36)}`;
          if (!new RegExp(`\\b${name}\\b`).test(loader)) return name;
        }
      };
      for (const entry of entries) {
        if (!/_[0-9a-f]{16}$/.test(entry.name)) continue;
        const token = new RegExp(`(?<![\\w$])${escape(entry.name)}(?![\\w$])`, 'g');
        if ((loader.match(token) ?? []).length !== 1) continue;
        const name = short();
        loader = loader.replace(token, name);
        entry.name = name;
        renamed++;
      }
      const text = (s) => {
        const bytes = Buffer.from(s, 'utf8');
        return Buffer.concat([ulebBytes(bytes.length), bytes]);
      };
      const content = Buffer.concat([
        ulebBytes(entries.length),
        ...entries.map((e) => Buffer.concat([text(e.module), text(e.name), e.rest])),
      ]);
      const section = Buffer.concat([Buffer.of(2), ulebBytes(content.length), content]);
      const bytes = Buffer.concat([wasm.subarray(0, pos), section, wasm.subarray(start + size)]);
      return { wasm: bytes, loader, renamed, dropped };
    }
    pos = start + size;
  }
  return { wasm, loader, renamed: 0, dropped: 0 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const index = path.join(dir, 'index.html');
  let page = fs.readFileSync(index, 'utf8');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('_bg.wasm'))) {
    // trunk names the loader as the wasm without `_bg`.
    const loaderFile = file.replace(/_bg\.wasm$/, '.js');
    const wasmPath = path.join(dir, file);
    const loaderPath = path.join(dir, loaderFile);
    const out = shortenImports(fs.readFileSync(wasmPath), fs.readFileSync(loaderPath, 'utf8'));
    if (!WebAssembly.validate(out.wasm)) throw new Error(`wasm-imports.mjs: ${file} does not validate once renamed`);
    fs.writeFileSync(wasmPath, out.wasm);
    fs.writeFileSync(loaderPath, out.loader);
    page = withIntegrity(withIntegrity(page, file, out.wasm), loaderFile, out.loader);
    console.log(`wasm-imports.mjs: ${out.renamed} imports of ${file} renamed, ${out.dropped} functions of the loader for imports it no longer has dropped`);
  }
  fs.writeFileSync(index, page);
}
