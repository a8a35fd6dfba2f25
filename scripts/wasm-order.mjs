// Orders the functions of the release build's .wasm so that gzip finds more
// of what they repeat. gzip (DEFLATE) can only point back 32 KB; wasm-opt
// writes functions in an order that has nothing to do with their likeness,
// so a function's look-alikes are mostly out of its reach. Here each next
// function is the one not yet placed that shares the most 6-byte runs of
// code with the last few placed; when none shares enough, the next in the
// order of their bytes read from the end (functions that end alike). Several
// settings of "few" and "enough" are tried; the few smallest by zlib are
// compressed as the release ships them, and the smallest kept. Nothing
// is added or removed: every function keeps its body, and every reference to
// a function (calls, `ref.func`, the table's elements, exports, the start
// function, globals) is renumbered to match. The new order is kept only if
// it compresses smaller than wasm-opt's; the result must pass
// `WebAssembly.validate`, and the page's Subresource Integrity hash of the
// file is written again. About 50 KB less to download (docs/performance.md).
//
// Release builds only (scripts/post-build.sh): a build that still has its
// `name` section is refused, as its names would no longer match.
// By hand: node scripts/wasm-order.mjs [dir]; dir defaults to dist.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipSmallest } from './gzip.mjs';
import { withIntegrity } from './integrity.mjs';
import { uleb, skipLeb, ulebBytes } from './wasm-bytes.mjs';

function concat(parts) {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A vector's bytes: its length, then its items. */
function vec(items) {
  return concat([ulebBytes(items.length), ...items]);
}

/** A section's bytes: its id, its size, its content. */
function section(id, content) {
  return concat([Uint8Array.of(id), ulebBytes(content.length), content]);
}

/** Where a block type ends: none (0x40), one value type, or a type index. */
function skipBlockType(b, pos) {
  const byte = b[pos];
  if (byte === 0x40 || (byte >= 0x6f && byte <= 0x7f)) return pos + 1;
  return skipLeb(b, pos);
}

/**
 * Copies the instructions from `pos` to `end` (an expression, or a
 * function's body after its locals), each function index put through
 * `remap`. Any instruction outside the features the build enables
 * (the flags scripts/wasm-opt.mjs gives wasm-opt) stops the build rather than be copied
 * blindly.
 */
function rewriteCode(b, pos, end, remap) {
  const parts = [];
  let copied = pos;
  const funcIndexAt = (at) => {
    const [index, next] = uleb(b, at);
    parts.push(b.subarray(copied, at), ulebBytes(remap(index)));
    copied = next;
    return next;
  };
  while (pos < end) {
    const op = b[pos++];
    if (op <= 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x1a || op === 0x1b) continue;
    if (op >= 0x02 && op <= 0x04) pos = skipBlockType(b, pos);
    else if (op === 0x0c || op === 0x0d) pos = skipLeb(b, pos);
    else if (op === 0x0e) {
      let count;
      [count, pos] = uleb(b, pos);
      for (let i = 0; i <= count; i++) pos = skipLeb(b, pos);
    } else if (op === 0x10) pos = funcIndexAt(pos);
    else if (op === 0x11) pos = skipLeb(b, skipLeb(b, pos));
    else if (op === 0x1c) {
      let count;
      [count, pos] = uleb(b, pos);
      pos += count;
    } else if (op >= 0x20 && op <= 0x26) pos = skipLeb(b, pos);
    else if (op >= 0x28 && op <= 0x3e) pos = skipLeb(b, skipLeb(b, pos));
    else if (op === 0x3f || op === 0x40) pos = skipLeb(b, pos);
    else if (op === 0x41 || op === 0x42) pos = skipLeb(b, pos);
    else if (op === 0x43) pos += 4;
    else if (op === 0x44) pos += 8;
    else if (op >= 0x45 && op <= 0xc4) continue;
    else if (op === 0xd0) pos = skipBlockType(b, pos);
    else if (op === 0xd1) continue;
    else if (op === 0xd2) pos = funcIndexAt(pos);
    else if (op === 0xfc) {
      let sub;
      [sub, pos] = uleb(b, pos);
      if (sub <= 7) continue;
      if (sub === 8) pos = skipLeb(b, pos) + 1;
      else if (sub === 9 || sub === 13 || (sub >= 15 && sub <= 17)) pos = skipLeb(b, pos);
      else if (sub === 10) pos += 2;
      else if (sub === 11) pos += 1;
      else if (sub === 12 || sub === 14) pos = skipLeb(b, skipLeb(b, pos));
      else throw new Error(`wasm-order.mjs: instruction 0xfc ${sub} is not known here`);
    } else {
      throw new Error(`wasm-order.mjs: instruction 0x${op.toString(16)} is not known here`);
    }
  }
  if (pos !== end) throw new Error('wasm-order.mjs: an instruction runs past its function');
  parts.push(b.subarray(copied, end));
  return concat(parts);
}

/** The position after a constant expression (it ends with 0x0b). */
function constExprEnd(b, pos) {
  for (;;) {
    const op = b[pos++];
    if (op === 0x0b) return pos;
    if (op === 0x41 || op === 0x42 || op === 0x23 || op === 0xd2) pos = skipLeb(b, pos);
    else if (op === 0x43) pos += 4;
    else if (op === 0x44) pos += 8;
    else if (op === 0xd0) pos = skipBlockType(b, pos);
    else throw new Error(`wasm-order.mjs: instruction 0x${op.toString(16)} in a constant expression`);
  }
}

function parseSections(b) {
  if (b[0] !== 0 || b[1] !== 0x61 || b[2] !== 0x73 || b[3] !== 0x6d) {
    throw new Error('wasm-order.mjs: not a WebAssembly module');
  }
  const sections = [];
  let pos = 8;
  while (pos < b.length) {
    const id = b[pos];
    const [size, start] = uleb(b, pos + 1);
    const found = { id, start, end: start + size, bytes: b.subarray(pos, start + size) };
    if (id === 0) {
      const [nameLength, nameStart] = uleb(b, start);
      found.name = new TextDecoder().decode(b.subarray(nameStart, nameStart + nameLength));
    }
    sections.push(found);
    pos = start + size;
  }
  return sections;
}

/** How many of the function indices are imports (they come first). */
function importedFunctions(b, s) {
  let [count, pos] = uleb(b, s.start);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    for (let name = 0; name < 2; name++) {
      const [length, next] = uleb(b, pos);
      pos = next + length;
    }
    const kind = b[pos++];
    if (kind === 0) {
      functions++;
      pos = skipLeb(b, pos);
    } else if (kind === 1 || kind === 2) {
      if (kind === 1) pos++;
      const flags = b[pos++];
      pos = skipLeb(b, pos);
      if (flags & 1) pos = skipLeb(b, pos);
    } else if (kind === 3) pos += 2;
    else if (kind === 4) pos = skipLeb(b, pos + 1);
    else throw new Error(`wasm-order.mjs: import of kind ${kind} is not known here`);
  }
  return functions;
}

/** The element section with its function indices renumbered. */
function rewriteElements(b, s, remap) {
  let [count, pos] = uleb(b, s.start);
  const segments = [];
  for (let i = 0; i < count; i++) {
    const from = pos;
    const parts = [];
    const flags = b[pos++];
    if ((flags & 1) === 0) {
      if (flags & 2) pos = skipLeb(b, pos);
      pos = constExprEnd(b, pos);
    }
    if (flags & 3) pos++; // element kind (0x00) or reference type
    parts.push(b.subarray(from, pos));
    let items;
    [items, pos] = uleb(b, pos);
    parts.push(ulebBytes(items));
    for (let k = 0; k < items; k++) {
      if (flags & 4) {
        const end = constExprEnd(b, pos);
        parts.push(rewriteCode(b, pos, end, remap));
        pos = end;
      } else {
        const [index, next] = uleb(b, pos);
        parts.push(ulebBytes(remap(index)));
        pos = next;
      }
    }
    segments.push(concat(parts));
  }
  if (pos !== s.end) throw new Error('wasm-order.mjs: the element section was not read to its end');
  return section(9, vec(segments));
}

function rewriteExports(b, s, remap) {
  let [count, pos] = uleb(b, s.start);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const from = pos;
    const [length, next] = uleb(b, pos);
    pos = next + length;
    const kind = b[pos++];
    const [index, after] = uleb(b, pos);
    entries.push(concat([b.subarray(from, pos), ulebBytes(kind === 0 ? remap(index) : index)]));
    pos = after;
  }
  return section(7, vec(entries));
}

function rewriteGlobals(b, s, remap) {
  let [count, pos] = uleb(b, s.start);
  const globals = [];
  for (let i = 0; i < count; i++) {
    const head = b.subarray(pos, pos + 2); // value type, mutability
    const end = constExprEnd(b, pos + 2);
    globals.push(concat([head, rewriteCode(b, pos + 2, end, remap)]));
    pos = end;
  }
  return section(6, vec(globals));
}

/** Each function's body: its bytes, and where its instructions start. */
function readBodies(b, s) {
  let [count, pos] = uleb(b, s.start);
  const bodies = [];
  for (let i = 0; i < count; i++) {
    const [size, start] = uleb(b, pos);
    let [groups, at] = uleb(b, start);
    for (let g = 0; g < groups; g++) at = skipLeb(b, at) + 1;
    bodies.push({ start, end: start + size, code: at });
    pos = start + size;
  }
  return bodies;
}

function compareFromEnd(b, x, y) {
  let i = x.end - 1;
  let j = y.end - 1;
  while (i >= x.start && j >= y.start) {
    if (b[i] !== b[j]) return b[i] - b[j];
    i--;
    j--;
  }
  return x.end - x.start - (y.end - y.start);
}

/** Runs of this many bytes are what two functions are compared by. */
const RUN = 6;
/**
 * The settings tried, each giving an order; the smallest result is kept.
 * `common`: a run found in more functions than this says nothing of
 * likeness; `recent`: how many of the functions placed last the next one is
 * compared with; `enough`: fewer shared runs than this, and the next
 * function is taken in order. No one setting is best for every build (they
 * differ by 0.5 to 1.5 KB gzip), so several are tried.
 */
const SETTINGS = [
  { common: 100, recent: 4, enough: 5 },
  { common: 100, recent: 4, enough: 4 },
  { common: 100, recent: 4, enough: 3 },
  { common: 100, recent: 8, enough: 3 },
  { common: 200, recent: 4, enough: 4 },
  { common: 100, recent: 8, enough: 4 },
  { common: 200, recent: 6, enough: 4 },
];

/**
 * A second search of its own, from wasm-opt's order again: the order found
 * after a round depends on where the round began, so two searches find
 * orders neither finds alone (their best differ by up to 1 KB gzip either
 * way, build to build).
 */
const MORE_SETTINGS = [
  ...SETTINGS,
  { common: 50, recent: 4, enough: 4 },
  { common: 150, recent: 5, enough: 4 },
  { common: 100, recent: 12, enough: 4 },
  { common: 300, recent: 8, enough: 5 },
  { common: 100, recent: 6, enough: 3 },
  { common: 200, recent: 8, enough: 3 },
  { common: 100, recent: 2, enough: 3 },
  { common: 400, recent: 4, enough: 6 },
];

/** The functions (positions in `bodies`) in the order described above. */
function similarOrder(b, bodies, { common: COMMON, recent: RECENT, enough: ENOUGH }) {
  const n = bodies.length;
  const byEnd = bodies.map((_, i) => i).sort((x, y) => compareFromEnd(b, bodies[x], bodies[y]) || x - y);
  const rank = new Uint32Array(n);
  byEnd.forEach((f, r) => {
    rank[f] = r;
  });
  // Each function's distinct runs (six bytes read as one exact number), and
  // for each run the functions it is found in.
  const runs = new Array(n);
  const holders = new Map();
  for (let f = 0; f < n; f++) {
    const seen = new Set();
    const { code, end } = bodies[f];
    for (let i = code; i + RUN <= end; i++) {
      let run = 0;
      for (let k = 0; k < RUN; k++) run = run * 256 + b[i + k];
      seen.add(run);
    }
    runs[f] = [...seen];
    for (const run of runs[f]) {
      const list = holders.get(run);
      if (list) list.push(f);
      else holders.set(run, [f]);
    }
  }
  const placed = new Uint8Array(n);
  const order = [];
  const recent = [];
  const shared = new Map();
  let nextByEnd = 0;
  while (order.length < n) {
    shared.clear();
    for (const f of recent) {
      for (const run of runs[f]) {
        const list = holders.get(run);
        if (list.length > COMMON) continue;
        for (const g of list) if (!placed[g]) shared.set(g, (shared.get(g) ?? 0) + 1);
      }
    }
    let next = -1;
    let most = ENOUGH - 1;
    for (const [g, count] of shared) {
      if (count > most || (count === most && next >= 0 && rank[g] < rank[next])) {
        next = g;
        most = count;
      }
    }
    if (next < 0) {
      while (placed[byEnd[nextByEnd]]) nextByEnd++;
      next = byEnd[nextByEnd];
    }
    placed[next] = 1;
    order.push(next);
    recent.push(next);
    if (recent.length > RECENT) recent.shift();
  }
  return order;
}

/** The module with its defined functions in `order` (old positions). */
function reorder(b, sections, imported, bodies, order) {
  const newIndex = new Uint32Array(bodies.length);
  order.forEach((old, position) => {
    newIndex[old] = imported + position;
  });
  const remap = (index) => (index < imported ? index : newIndex[index - imported]);
  const out = [b.subarray(0, 8)];
  for (const s of sections) {
    if (s.id === 3) {
      let [count, pos] = uleb(b, s.start);
      const types = [];
      for (let i = 0; i < count; i++) {
        const [type, next] = uleb(b, pos);
        types.push(type);
        pos = next;
      }
      out.push(section(3, vec(order.map((old) => ulebBytes(types[old])))));
    } else if (s.id === 10) {
      const rewritten = order.map((old) => {
        const body = bodies[old];
        const code = concat([b.subarray(body.start, body.code), rewriteCode(b, body.code, body.end, remap)]);
        return concat([ulebBytes(code.length), code]);
      });
      out.push(section(10, vec(rewritten)));
    } else if (s.id === 9) out.push(rewriteElements(b, s, remap));
    else if (s.id === 7) out.push(rewriteExports(b, s, remap));
    else if (s.id === 6) out.push(rewriteGlobals(b, s, remap));
    else if (s.id === 8) out.push(section(8, ulebBytes(remap(uleb(b, s.start)[0]))));
    else out.push(s.bytes);
  }
  return concat(out);
}

const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

/** The module's parts this script reads: sections, imported functions, bodies. */
function readModule(b) {
  const sections = parseSections(b);
  if (sections.some((s) => s.id === 0 && s.name === 'name')) {
    throw new Error('wasm-order.mjs: the module has a name section (a debug build?); its names would no longer match');
  }
  const imports = sections.find((s) => s.id === 2);
  const code = sections.find((s) => s.id === 10);
  return {
    sections,
    imported: imports ? importedFunctions(b, imports) : 0,
    bodies: code ? readBodies(b, code) : [],
  };
}

/**
 * The module with its defined functions in `order`: `order[k]` is the
 * position, among the defined functions, of the one to put k-th.
 */
export function reorderFunctions(b, order) {
  const { sections, imported, bodies } = readModule(b);
  if (order.length !== bodies.length || new Set(order).size !== bodies.length) {
    throw new Error('wasm-order.mjs: the order must name each defined function once');
  }
  return reorder(b, sections, imported, bodies, order);
}

/** How many of the smallest orders by zlib are compressed as shipped. */
const FINALISTS = 6;

/**
 * The module reordered for gzip, with its gzip size before and after: the
 * orders the settings give, ordered again from the smallest while that
 * makes it smaller (the order found depends a little on the order it starts
 * from), at most three times; twice, with two lists of settings. Each
 * order is measured by zlib at level 9, which takes a tenth of a second;
 * the few smallest (and wasm-opt's own order) are then compressed as the
 * release ships them
 * (`scripts/gzip.mjs`: zopfli where installed, seconds each), and the
 * smallest of those kept. zlib's ranking and zopfli's differ by up to
 * 1.5 KB between orders a few hundred bytes apart.
 */
export function orderForGzip(b) {
  const before = gzipSmallest(b).length;
  const tried = [];
  // Both searches' first rounds start from wasm-opt's order, so a setting
  // in both lists gives the same order there: made once.
  const fromStart = new Map();
  for (const settings of [SETTINGS, MORE_SETTINGS]) {
    let best = { bytes: b, size: gzipSize(b) };
    for (let round = 0; round < 3; round++) {
      const start = best;
      const { sections, imported, bodies } = readModule(start.bytes);
      if (bodies.length === 0) break;
      for (const setting of settings) {
        let order = start.bytes === b ? fromStart.get(setting) : undefined;
        if (!order) {
          const reordered = reorder(start.bytes, sections, imported, bodies, similarOrder(start.bytes, bodies, setting));
          order = { bytes: reordered, size: gzipSize(reordered) };
          if (start.bytes === b) fromStart.set(setting, order);
        }
        tried.push(order);
        if (order.size < best.size) best = order;
      }
      if (best === start) break;
    }
  }
  tried.sort((x, y) => x.size - y.size);
  let kept = { bytes: b, size: before };
  for (const order of new Set(tried.slice(0, FINALISTS))) {
    const size = gzipSmallest(order.bytes).length;
    if (size < kept.size) kept = { bytes: order.bytes, size };
  }
  if (!WebAssembly.validate(kept.bytes)) throw new Error('wasm-order.mjs: the reordered module does not validate');
  return { bytes: kept.bytes, before, after: kept.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const index = path.join(dir, 'index.html');
  let page = fs.readFileSync(index, 'utf8');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.wasm'))) {
    const full = path.join(dir, file);
    const { bytes, before, after } = orderForGzip(new Uint8Array(fs.readFileSync(full)));
    fs.writeFileSync(full, bytes);
    page = withIntegrity(page, file, bytes);
    console.log(`wasm-order.mjs: ${file} ${before} → ${after} bytes gzip`);
  }
  fs.writeFileSync(index, page);
}
