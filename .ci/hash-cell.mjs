// Trunk post_build hook. Trunk names a second wasm entry (the cell workspace, built as a
// "worker" so that it is not loaded on every page) without a content hash. This gives it
// one, like the main entry, so that a browser never runs an old cell app against new data,
// and writes the new names into index.html, where assets/boot.js reads them.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const js = join(dir, 'kiemdiem-cell.js');
const wasm = join(dir, 'kiemdiem-cell_bg.wasm');
const hash = createHash('sha256').update(readFileSync(js)).update(readFileSync(wasm)).digest('hex').slice(0, 16);
renameSync(js, join(dir, `kiemdiem-cell-${hash}.js`));
renameSync(wasm, join(dir, `kiemdiem-cell-${hash}_bg.wasm`));
const css = join(dir, 'cell.css');
const cssHash = createHash('sha256').update(readFileSync(css)).digest('hex').slice(0, 16);
renameSync(css, join(dir, `cell-${cssHash}.css`));
const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
const patched = html
  .replace('data-cell-js="/kiemdiem-cell.js"', `data-cell-js="/kiemdiem-cell-${hash}.js"`)
  .replace('data-cell-wasm="/kiemdiem-cell_bg.wasm"', `data-cell-wasm="/kiemdiem-cell-${hash}_bg.wasm"`)
  .replace('data-cell-css="/cell.css"', `data-cell-css="/cell-${cssHash}.css"`);
if (patched === html || patched.includes('"/cell.css"')) throw new Error('index.html lacks the data-cell-* placeholders');
writeFileSync(index, patched);
