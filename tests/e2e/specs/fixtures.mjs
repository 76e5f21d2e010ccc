// The test fixture every spec uses. Beyond Playwright's page it guards two promises of the
// app in every test, not only in the tests that name them:
// - no console error and no uncaught exception (a Rust panic in wasm is one);
// - no request leaves the page's own origin (no CDN, font, analytics).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL).origin;
      const problems = [];
      const requests = [];
      // A test that provokes an error on purpose lists its expected messages here.
      const expected = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        requests.push(url);
        if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await use({ problems, requests, origin, expect: (re) => expected.push(re) });
      const unexpected = problems.filter((p) => !expected.some((re) => re.test(p)));
      expect(unexpected, 'console errors, uncaught exceptions or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a path and waits until the app has rendered its page heading. */
export async function open(page, path) {
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
}

/** Fills the task counts of Part B of a review: [assigned, on time, late, not done, exceeding]. */
export async function fillTaskCounts(page, [assigned, onTime, late, notDone, exceeded]) {
  await page.getByLabel('Số nhiệm vụ được giao trong năm').fill(String(assigned));
  await page.getByLabel('Số nhiệm vụ hoàn thành đúng hạn').fill(String(onTime));
  await page.getByLabel('Số nhiệm vụ hoàn thành nhưng chậm tiến độ').fill(String(late));
  await page.getByLabel('Số nhiệm vụ không hoàn thành').fill(String(notDone));
  await page.getByLabel(/số nhiệm vụ vượt mức yêu cầu/).fill(String(exceeded));
}

/** The committed 2B review fixture, and its document id. */
export const REVIEW_FIXTURE = new URL('../../fixtures/format-v1/review-2b.json', import.meta.url);
export const REVIEW_FIXTURE_ID = '6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11';

/** Puts the review fixture into storage as an earlier version of the app kept it (a plain envelope). */
export async function seedReviewFixture(page) {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(REVIEW_FIXTURE, 'utf8');
  await page.goto('/khong-co');
  await page.evaluate(([k, v]) => localStorage.setItem(k, JSON.stringify(JSON.parse(v))), [`kiemdiem/doc/${REVIEW_FIXTURE_ID}`, text]);
}

/** Makes a cell workspace for 2025 with 10 official members and opens its roster. */
export async function newCellWorkspace(page) {
  await open(page, '/chi-bo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chi bộ: thu nhận và tổng hợp');
  await page.getByLabel('Đảng bộ', { exact: true }).fill('Đảng bộ phường Ba Đình');
  await page.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ Khu phố 3');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ chi bộ');
  await page.getByLabel('Số đảng viên chính thức của chi bộ').fill('10');
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danh sách đảng viên');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core's WCAG 2.1 A/AA rules on the page as it is and fails with every violation.
 * axe is injected through the DevTools protocol, which the page's CSP does not govern.
 */
export async function audit(page, what) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const problems = result.violations.map((v) => `${what}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(problems, `axe violations on ${what}`).toEqual([]);
}

const WORD_READER = new URL('../../office/read_docx.py', import.meta.url).pathname;

/**
 * Downloads the view's "Tải bản Word (.docx)" and reads it back with python-docx (Debian's,
 * sharing no code with the writer): page setup, font, and every paragraph's text in order.
 */
export async function word(page, testInfo, fileName) {
  await page.emulateMedia({ media: 'screen' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bản Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  await expect(page.locator('.word-status')).toContainText(`Đã tải bản Word "${fileName}"`);
  const path = testInfo.outputPath(fileName);
  await download.saveAs(path);
  const doc = JSON.parse(execFileSync('/usr/bin/python3', [WORD_READER, path], { encoding: 'utf8' }));
  // A4, Times New Roman 14 pt, as the print view.
  expect([doc.page.width, doc.page.height]).toEqual([210, 297]);
  expect([doc.font, doc.size_pt]).toEqual(['Times New Roman', 14]);
  return { ...doc, flat: doc.paragraphs.map((p) => p.text).join(' ').replace(/\s+/g, ' ') };
}

/** The texts appear in this order. */
export function expectInOrder(flat, texts) {
  let at = -1;
  for (const t of texts) {
    const i = flat.indexOf(t, at + 1);
    expect(i, `"${t}" after the previous texts`).toBeGreaterThan(at);
    at = i;
  }
}


/** Downloads the cell's bundle from its export page; an unfinished bundle is asked about
 * first, and the answer is yes. */
export async function downloadBundle(page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Tải gói chi bộ/ }).click();
  const yes = page.getByRole('button', { name: 'Vẫn xuất gói chưa hoàn thành' });
  const first = await Promise.race([download.then(() => 'saved'), yes.waitFor().then(() => 'asked')]);
  if (first === 'asked') await yes.click();
  return download;
}

/** Makes a committee for 2025 (named `organisation`, if given) and opens its import page. */
export async function newCommitteeImport(page, organisation) {
  await open(page, '/dang-uy');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ' }).click();
  if (organisation) await page.getByLabel(/^Tên tổ chức đảng/).fill(organisation);
  await page.getByRole('link', { name: 'Nhập gói của chi bộ' }).click();
}

/** How many members' reviews the cell app keeps in IndexedDB, over every workspace. */
export async function keptCellReviews(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('kiemdiem');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('cell-reviews')) { db.close(); resolve(0); return; }
      const count = db.transaction('cell-reviews').objectStore('cell-reviews').count();
      count.onsuccess = () => { db.close(); resolve(count.result); };
      count.onerror = () => { db.close(); reject(count.error); };
    };
  }));
}
