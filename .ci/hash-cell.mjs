// Trunk post_build hook. Trunk names the extra wasm entries (built as "workers" so that
// they are not loaded on every page) without a content hash, and copies their style sheets
// as they are. This gives each file a hash, like the main entry's, so that a browser never
// runs an old app against new data, and writes the list of entries (assets/apps.json, the
// one place they are named) with the new names into index.html, where assets/boot.js
// reads it.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const { entries, sheets } = JSON.parse(readFileSync(new URL('../assets/apps.json', import.meta.url), 'utf8'));

// Every entry is built (a Cargo binary, a rust link of index.html) and every built entry
// is listed: a name missing on either side would be an app that never loads.
const source = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
const linked = [...source.matchAll(/rel="rust" data-bin="([^"]+)"/g)].map((m) => m[1]).filter((b) => b !== 'kiemdiem');
const listed = entries.map((e) => e.bin);
for (const bin of listed) {
  if (!linked.includes(bin)) throw new Error(`assets/apps.json lists ${bin}, which index.html does not build`);
  if (!cargo.includes(`name = "${bin}"`)) throw new Error(`assets/apps.json lists ${bin}, which Cargo.toml has no [[bin]] for`);
}
for (const bin of linked) if (!listed.includes(bin)) throw new Error(`index.html builds ${bin}, which assets/apps.json does not list`);

const index = join(dir, 'index.html');
let html = readFileSync(index, 'utf8');
const hashOf = (...files) => files.reduce((h, f) => h.update(readFileSync(join(dir, f))), createHash('sha256')).digest('hex').slice(0, 16);
const hashed = (from, to) => {
  renameSync(join(dir, from), join(dir, to));
  return `/${to}`;
};
const sheet = Object.fromEntries(sheets.map((s) => [s, hashed(`${s}.css`, `${s}-${hashOf(`${s}.css`)}.css`)]));
const apps = entries.map(({ app, bin, path, keeps, sheets: own }) => {
  const hash = hashOf(`${bin}.js`, `${bin}_bg.wasm`);
  return {
    app,
    js: hashed(`${bin}.js`, `${bin}-${hash}.js`),
    wasm: hashed(`${bin}_bg.wasm`, `${bin}-${hash}_bg.wasm`),
    ...(path ? { path } : {}),
    ...(keeps ? { keeps } : {}),
    sheets: own.map((s) => sheet[s]),
  };
});
const placeholder = 'data-apps=""';
if (!html.includes(placeholder)) throw new Error(`index.html lacks ${placeholder} (Trunk.toml pattern_script)`);
const attr = JSON.stringify(apps).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
// A function, not a string: the list holds `$&` (a pattern's `$` before `&quot;`), which
// a replacement string would read as "the matched text".
html = html.replace(placeholder, () => `data-apps="${attr}"`);
writeFileSync(index, html);
// Then the service worker and the precompressed files, from the final names (imported so
// that workbox-build resolves from .ci/build-tools/node_modules).
await import('./build-tools/post-build.mjs');
