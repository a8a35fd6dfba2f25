// The page's Subresource Integrity hash of a file, written again after a
// build step changed the file (wasm-order.mjs, wasm-imports.mjs,
// minify-js.mjs).
import crypto from 'node:crypto';

/**
 * `page` with the integrity attribute of each element that names `file`
 * set to the sha384 of `bytes`. trunk writes attributes unquoted when it
 * minifies the page, quoted otherwise. A file the page names only without
 * an integrity hash stops the build: its hash would go unchecked.
 */
export function withIntegrity(page, file, bytes) {
  const hash = `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`;
  const tag = new RegExp(`<(?:link|script)\\b[^>]*${file.replace(/[.]/g, '\\.')}[^>]*>`, 'g');
  let found = 0;
  const written = page.replace(tag, (element) => {
    if (!/integrity=/.test(element)) return element;
    found++;
    return element.replace(/integrity=("?)sha384-[A-Za-z0-9+/=]+\1/, (_, q) => `integrity=${q}${hash}${q}`);
  });
  if (found === 0 && page.includes(file)) {
    throw new Error(`${file} is named in the page without an integrity hash to update`);
  }
  return written;
}
