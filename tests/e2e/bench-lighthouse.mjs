// Lighthouse 12 (npm, pinned by package-lock.json), mobile preset with its simulated
// throttling, in Debian's Chromium, against the release build served with its
// precompressed files (serve.mjs, COMPRESSED=1) as README "Deploying" asks of a host.
// Prints the median of 3 runs of performance, accessibility and best practices for the
// home page, the start of a review (the member editor's entry: a fresh profile has no
// draft to open a step of) and the cell's page; the goal is 100 on each
// (reported, not asserted: simulated scores move with the machine's load). Each run
// asserts that Lighthouse loaded the page without error and saw it paint.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from './playwright.config.mjs';

const PORT = 4302;
const RUNS = 3;
const PAGES = [['home', '/'], ['review start (the editor entry)', '/ban-kiem-diem'], ['cell', '/chi-bo']];
const LIGHTHOUSE = new URL('./node_modules/.bin/lighthouse', import.meta.url).pathname;
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname], { env: { ...process.env, PORT: String(PORT), COMPRESSED: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const dir = mkdtempSync(join(tmpdir(), 'kiemdiem-lighthouse-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  for (const [name, path] of PAGES) {
    const scores = { performance: [], accessibility: [], 'best-practices': [] };
    const lcp = [];
    const tbt = [];
    for (let run = 0; run < RUNS; run++) {
      const out = join(dir, `r${run}.json`);
      execFileSync(LIGHTHOUSE, [`http://127.0.0.1:${PORT}${path}`, '--quiet', `--chrome-flags=${FLAGS}`,
        '--only-categories=performance,accessibility,best-practices', '--output=json', `--output-path=${out}`],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'inherit'] });
      const r = JSON.parse(readFileSync(out, 'utf8'));
      if (r.runtimeError) throw new Error(`${path}: ${r.runtimeError.message}`);
      if (!(r.audits['largest-contentful-paint']?.numericValue > 0)) throw new Error(`${path}: nothing was painted`);
      for (const k of Object.keys(scores)) scores[k].push(Math.round(r.categories[k].score * 100));
      lcp.push(Math.round(r.audits['largest-contentful-paint'].numericValue));
      tbt.push(Math.round(r.audits['total-blocking-time'].numericValue));
    }
    console.log(`lighthouse mobile, ${name} (${path}): performance ${median(scores.performance)}, accessibility ${median(scores.accessibility)}, best practices ${median(scores['best-practices'])}; LCP ${median(lcp)} ms, TBT ${median(tbt)} ms (medians of ${RUNS}; goal 100 each)`);
  }
} finally {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
}
