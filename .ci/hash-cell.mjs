// Trunk post_build hook. Trunk names the extra wasm entries (the cell workspace and the
// print views, built as "workers" so that they are not loaded on every page) without a
// content hash, and copies their style sheets as they are. This gives each file a hash,
// like the main entry's, so that a browser never runs an old app against new data, and
// writes the new names into index.html, where assets/boot.js reads them.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const index = join(dir, 'index.html');
let html = readFileSync(index, 'utf8');
const hashOf = (...files) => files.reduce((h, f) => h.update(readFileSync(join(dir, f))), createHash('sha256')).digest('hex').slice(0, 16);
function rename(attr, from, to) {
  renameSync(join(dir, from), join(dir, to));
  const placeholder = `${attr}="/${from}"`;
  if (!html.includes(placeholder)) throw new Error(`index.html lacks ${placeholder}`);
  html = html.replace(placeholder, `${attr}="/${to}"`);
}
// The member's editor uses the main style sheet, as the member's front does; the cell's
// first screen, the cell's. The pack form uses the committee's and the cell's style sheets: it has none of its own.
// The office writer (Word, Excel) is no app: loaded on demand, with no style sheet.
for (const [app, entry, css] of [['editor', 'kiemdiem-editor', false], ['cellhome', 'kiemdiem-cell-home', false], ['cell', 'kiemdiem-cell', true], ['committee', 'kiemdiem-committee', true], ['pack', 'kiemdiem-pack', false], ['print', 'kiemdiem-print', true], ['office', 'kiemdiem-office', false]]) {
  const hash = hashOf(`${entry}.js`, `${entry}_bg.wasm`);
  rename(`data-${app}-js`, `${entry}.js`, `${entry}-${hash}.js`);
  rename(`data-${app}-wasm`, `${entry}_bg.wasm`, `${entry}-${hash}_bg.wasm`);
  if (css) rename(`data-${app}-css`, `${app}.css`, `${app}-${hashOf(`${app}.css`)}.css`);
}
writeFileSync(index, html);
// Then the service worker and the precompressed files, from the final names (imported so
// that workbox-build resolves from .ci/build-tools/node_modules).
await import('./build-tools/post-build.mjs');
