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
// picked by its address (assets/boot.js). The member's app is two entries: the front
// (home, drafts) and the editor (starting and writing a document).
const isEditor = (r) => r.file.startsWith('kiemdiem-editor-');
// The cell's first screen (/chi-bo) is an entry of its own too, beside its workspaces'.
const isCellHome = (r) => r.file.startsWith('kiemdiem-cell-home-');
const isCell = (r) => (r.file.startsWith('kiemdiem-cell-') && !isCellHome(r)) || r.file.startsWith('cell-');
const isCommittee = (r) => r.file.startsWith('kiemdiem-committee-') || r.file.startsWith('committee-');
const isPrint = (r) => r.file.startsWith('kiemdiem-print-') || r.file.startsWith('print-');
const isPack = (r) => r.file.startsWith('kiemdiem-pack-');
// The Word and Excel writer is in no first load: fetched when a file is asked for.
const isOffice = (r) => r.file.startsWith('kiemdiem-office-');
const isMember = (r) => /^kiemdiem-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.file);
const shared = (r) => !isEditor(r) && !isCellHome(r) && !isCell(r) && !isMember(r) && !isPrint(r) && !isCommittee(r) && !isPack(r) && !isOffice(r);
// The committee's pages load the cell's style sheet too, the pack form both (assets/boot.js).
const cellCss = (r) => r.file.startsWith('cell-') && r.kind === 'css';
const committeeCss = (r) => r.file.startsWith('committee-') && r.kind === 'css';
let over = false;
for (const [name, pick, budget] of [
  ['member app (/, /ban-nhap)', (r) => shared(r) || isMember(r), BUDGET_MEMBER],
  ["member's editor (/ban-kiem-diem[/<id>/<step>], /ban-cam-ket[/…])", (r) => shared(r) || isEditor(r), BUDGET_MEMBER],
  ["cell's first screen (/chi-bo)", (r) => shared(r) || isCellHome(r) || cellCss(r), BUDGET_CELL],
  ['cell workspace (/chi-bo/<ws>…)', (r) => shared(r) || isCell(r), BUDGET_CELL],
  ['committee (/dang-uy)', (r) => shared(r) || isCommittee(r) || cellCss(r), BUDGET_COMMITTEE],
  ['print views (/in/)', (r) => shared(r) || isPrint(r), BUDGET_PRINT],
  ['committee criteria pack form (/dang-uy/<c>/bo-tieu-chi)', (r) => shared(r) || isPack(r) || cellCss(r) || committeeCss(r), BUDGET_COMMITTEE],
]) {
  const total = sum('brotli', pick);
  const ok = total <= budget;
  over ||= !ok;
  console.log(`first load of the ${name}, brotli: ${total} bytes; budget ${budget} bytes: ${ok ? 'within' : 'OVER'} (${((100 * total) / budget).toFixed(1)} %)`);
}
console.log(`on demand, the Word and Excel writer (the first "Tải bảng Excel"), brotli: ${sum('brotli', isOffice)} bytes`);
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
