// Prints the bytes a first visit downloads from dist/: each file raw, gzip -9 and
// brotli -q 11, and the total first load (brotli) against the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

// First load, brotli, in bytes (issue 14; the committee's and its pack form's: issue 13).
const BUDGET_MEMBER = 200_000;
const BUDGET_CELL = 250_000;
const BUDGET_PRINT = 200_000;
const BUDGET_COMMITTEE = 300_000;
const dist = process.argv[2] ?? 'dist';
// sw.js is fetched after the app has started, with the precache behind it: reported apart.
const files = readdirSync(dist).filter((f) => /\.(html|js|wasm|css|svg)$/.test(f) && f !== 'sw.js').sort();

const br = (b) => brotliCompressSync(b, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
}).length;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const kind = (f) => (f.endsWith('.wasm') ? 'wasm' : f.endsWith('.js') ? 'js' : f.endsWith('.css') ? 'css' : f.endsWith('.html') ? 'html' : 'other');

const rows = files.map((f) => {
  const b = readFileSync(join(dist, f));
  return { file: f, kind: kind(f), raw: b.length, gzip: gz(b), brotli: br(b) };
});
const sum = (k, pick = () => true) => rows.filter(pick).reduce((a, r) => a + r[k], 0);
const pad = (s, n) => String(s).padStart(n);

console.log(`${'file'.padEnd(44)} ${pad('raw', 9)} ${pad('gzip', 9)} ${pad('brotli', 9)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
console.log('');
for (const k of ['wasm', 'js', 'css', 'html']) {
  const pick = (r) => r.kind === k;
  console.log(`${(k + ' bytes').padEnd(44)} ${pad(sum('raw', pick), 9)} ${pad(sum('gzip', pick), 9)} ${pad(sum('brotli', pick), 9)}`);
}
// index.html, the main style sheet and boot.js are shared; each page loads one wasm entry,
// picked by its address (assets/boot.js) from the one list of entries, assets/apps.json,
// with that entry's style sheets.
const { entries } = JSON.parse(readFileSync(new URL('../assets/apps.json', import.meta.url), 'utf8'));
const entryFile = (bin) => new RegExp(`^${bin}-[0-9a-f]{16}(_bg\\.wasm|\\.js)$`);
const ofEntry = (bin) => (r) => entryFile(bin).test(r.file);
const sheetFile = (s) => (r) => r.kind === 'css' && new RegExp(`^${s}-[0-9a-f]{16}\\.css$`).test(r.file);
// The member's front is Trunk's main entry.
const isMember = (r) => /^kiemdiem-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.file);
const own = (r) => isMember(r) || entries.some((e) => ofEntry(e.bin)(r) || e.sheets.some((s) => sheetFile(s)(r)));
const shared = (r) => !own(r);
// First load, brotli, in bytes, per entry (issue 14; the committee's and its pack form's:
// issue 13). The Word and Excel writer is in no first load: fetched when a file is asked for.
const budgets = {
  app: ['member app (/, /ban-nhap)', BUDGET_MEMBER],
  editor: ["member's editor (/ban-kiem-diem[/<id>/<step>], /ban-cam-ket[/…])", BUDGET_MEMBER],
  cellhome: ["cell's first screen (/chi-bo)", BUDGET_CELL],
  cell: ['cell workspace (/chi-bo/<ws>…)', BUDGET_CELL],
  committee: ['committee (/dang-uy)', BUDGET_COMMITTEE],
  print: ['print views (/in/)', BUDGET_PRINT],
  pack: ['committee criteria pack form (/dang-uy/<c>/bo-tieu-chi)', BUDGET_COMMITTEE],
};
let over = false;
const loads = [['app', (r) => shared(r) || isMember(r)], ...entries.filter((e) => e.path).map((e) => [e.app, (r) => shared(r) || ofEntry(e.bin)(r) || e.sheets.some((s) => sheetFile(s)(r))])];
for (const [app, pick] of loads) {
  const [name, budget] = budgets[app] ?? [`${app} entry`, undefined];
  const total = sum('brotli', pick);
  if (budget === undefined) {
    console.log(`first load of the ${name}, brotli: ${total} bytes; no budget`);
    continue;
  }
  const ok = total <= budget;
  over ||= !ok;
  console.log(`first load of the ${name}, brotli: ${total} bytes; budget ${budget} bytes: ${ok ? 'within' : 'OVER'} (${((100 * total) / budget).toFixed(1)} %)`);
}
for (const e of entries.filter((e) => !e.path)) {
  console.log(`on demand, the ${e.app === 'office' ? 'Word and Excel writer (the first "Tải bảng Excel")' : e.app}, brotli: ${sum('brotli', ofEntry(e.bin))} bytes`);
}
// After the app has started: the service worker, then every app it precaches.
try {
  const sw = readFileSync(join(dist, 'sw.js'));
  const precached = files.map((f) => rows.find((r) => r.file === f)).reduce((a, r) => a + r.brotli, 0);
  console.log(`service worker sw.js, brotli: ${br(sw)} bytes; then the precache of every app, brotli: ${precached} bytes (downloaded once, in the background)`);
} catch {
  console.log('no sw.js in the build: offline use is missing');
  over = true;
}
if (over) process.exitCode = 1;
