// Numbers as a .wasm writes them (unsigned and signed LEB128), for the
// release build's steps that rewrite the wasm (wasm-order.mjs,
// wasm-imports.mjs).

/** Reads an unsigned LEB128 at `pos`: [value, next position]. */
export function uleb(b, pos) {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = b[pos++];
    if (byte === undefined) throw new Error('the module ends inside a number');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, pos];
    scale *= 128;
  }
}

/** Skips a signed or unsigned LEB128 at `pos`: the next position. */
export function skipLeb(b, pos) {
  while (b[pos++] >= 0x80) {
    if (pos > b.length) throw new Error('the module ends inside a number');
  }
  return pos;
}

/** `value` written as an unsigned LEB128. */
export function ulebBytes(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Uint8Array.from(out);
}
