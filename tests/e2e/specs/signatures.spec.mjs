// Issue 31, item 9: who made a file. A cell signs each bundle, a committee each decision
// file and criteria pack, with a key made in the browser. The receiver pins the sender's
// key at the first file, warns loudly of a later file unsigned or signed by another key,
// refuses a file whose signature no longer matches it, and trusts a new device once the
// clerk confirms its fingerprint.
import { test, expect, open, downloadBundle, newCommitteeImport } from './fixtures.mjs';
import { bundlePayload, decisionFile, canonical } from '../cell-files.mjs';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const FP = /mã nhận diện (\d{4} \d{4} \d{4} \d{4})/;

/** Opens a bundle on /chi-bo as a workspace, goes to its export page and downloads the
 * bundle signed by this browser: (text, fingerprint shown on the page). */
async function signedBundleOf(page, payload, title, change = async () => {}) {
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(payload);
  await expect(page.locator('.import-report')).toContainText('đã mở');
  await page.getByRole('link', { name: title }).click();
  await change();
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  await expect(page.locator('#ma-nhan-dien')).toContainText(FP);
  const fp = (await page.locator('#ma-nhan-dien').textContent()).match(FP)[1];
  const text = readFileSync(await (await downloadBundle(page)).path(), 'utf8');
  expect(JSON.parse(text).signature.algorithm).toBe('ECDSA-P256-SHA256');
  return { text, fp };
}

const asFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('the committee pins a cell key, warns of another or of none, refuses a broken one, and trusts a confirmed device', async ({ page, browser }) => {
  const one = await signedBundleOf(page, bundlePayload('goi.json', { cell: 3, name: 'Chi bộ 3', proposed: ['HTTNV', 'HTTNV'] }), /Chi bộ 3 · năm 2025/);

  await newCommitteeImport(page);
  const input = page.getByLabel(/Chọn các tệp gói chi bộ/);
  const report = page.locator('.import-report');
  await input.setInputFiles(asFile('goi-1.json', one.text));
  await expect(report).toContainText(`Đã ghi nhận chữ ký của Chi bộ 3, mã nhận diện ${one.fp}`);
  const committeeUrl = page.url();

  // Another device of the cell (another browser profile): another key.
  const device = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const second = await device.newPage();
  const two = await signedBundleOf(second, asFile('goi-1.json', one.text), /Chi bộ 3 · năm 2025/, async () => {
    // A change made on the new device, so that its bundle is a newer one.
    await second.getByRole('link', { name: 'Hồ sơ chi bộ' }).click();
    await second.getByLabel('Số đảng viên chính thức của chi bộ').fill('3');
  });
  expect(two.fp).not.toBe(one.fp);
  await device.close();

  await page.goto(committeeUrl);
  await input.setInputFiles(asFile('goi-2.json', two.text));
  await expect(report).toContainText(`CẢNH BÁO: tệp này được ký bằng một khoá khác (mã nhận diện ${two.fp}) với khoá đã biết của Chi bộ 3 (mã ${one.fp})`);
  await page.getByRole('link', { name: 'Tổng quan và quyết định' }).click();
  await expect(page.locator('table.cells')).toContainText('Chi bộ 3 (cần kiểm tra chữ ký)');
  await page.getByRole('link', { name: 'Chi bộ 3', exact: true }).click();
  const confirm = page.getByRole('button', { name: `Chi bộ đã đọc đúng mã ${two.fp}: tin khoá mới` });
  await confirm.click();
  await expect(page.getByText(`Gói có chữ ký của chi bộ, mã nhận diện ${two.fp}, khớp với khoá đảng ủy đã ghi nhận`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Gói có chữ ký của chi bộ, mã nhận diện ${two.fp}, khớp với khoá đảng ủy đã ghi nhận`)).toBeVisible();
  await expect(confirm).toHaveCount(0);

  // Changed in the chat group, every check code recomputed: the signature no longer matches.
  await page.goto(committeeUrl);
  const forged = JSON.parse(two.text);
  forged.document.workspace.members[0].proposed = 'HTXSNV';
  forged.sha256 = createHash('sha256').update(canonical(forged.document)).digest('hex');
  forged.updated = new Date(Date.parse(forged.updated) + 60_000).toISOString();
  await input.setInputFiles(asFile('goi-gia.json', JSON.stringify(forged)));
  await expect(report).toContainText('Tệp "goi-gia.json": CẢNH BÁO: gói của Chi bộ 3 có chữ ký không khớp với nội dung, tức là đã bị sửa sau khi chi bộ ký, nên không nhận.');

  // The same, its signature taken off: taken, with a loud warning.
  delete forged.signature;
  await input.setInputFiles(asFile('goi-khong-ky.json', JSON.stringify(forged)));
  await expect(report).toContainText('CẢNH BÁO: tệp này không có chữ ký, trong khi các tệp trước của Chi bộ 3 đều có.');
});

test('a cell pins its committee key from a decision and warns of an unsigned or refuses a changed one', async ({ page }) => {
  const payload = bundlePayload('goi.json', { cell: 4, name: 'Chi bộ 4', proposed: ['HTTNV'], first: 400 });
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(payload);
  await expect(page.getByText('Tệp "goi.json": Chi bộ 4 · năm 2025 đã mở, gồm 1 bản kiểm điểm.')).toBeVisible();
  const cellUrl = async () => {
    await open(page, '/chi-bo');
    await page.getByRole('link', { name: /Chi bộ 4 · năm 2025/ }).click();
  };

  // The committee takes the bundle and exports its decision, signed.
  await newCommitteeImport(page, 'Đảng ủy phường Ba Đình');
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles(payload);
  await expect(page.locator('.import-summary')).toContainText('1 tệp được nhận');
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  await expect(page.locator('#ma-nhan-dien')).toContainText(FP);
  const fp = (await page.locator('#ma-nhan-dien').textContent()).match(FP)[1];
  await page.getByLabel('Chi bộ', { exact: true }).selectOption({ label: 'Chi bộ 4' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất quyết định của chi bộ này' }).click();
  const decision = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(decision).signature.algorithm).toBe('ECDSA-P256-SHA256');

  await cellUrl();
  const input = page.getByLabel(/Chọn các tệp bản kiểm điểm/);
  const report = page.locator('.import-report');
  await input.setInputFiles(asFile('quyet-dinh.json', decision));
  await expect(report).toContainText(`Đã ghi nhận chữ ký của đảng ủy cấp trên, mã nhận diện ${fp}`);
  await expect(page.locator('#chu-ky-quyet-dinh')).toHaveCount(0);

  // Changed after it was signed: refused, the levels kept.
  const changed = JSON.parse(decision);
  changed.updated = new Date(Date.parse(changed.updated) - 1000).toISOString();
  await input.setInputFiles(asFile('quyet-dinh-sua.json', JSON.stringify(changed)));
  await expect(report).toContainText('Tệp "quyet-dinh-sua.json": CẢNH BÁO: chữ ký của đảng ủy không khớp với nội dung');

  // An unsigned later decision: taken, and the roster says loudly that it is unsigned.
  const later = decisionFile({ cell: 4, name: 'Chi bộ 4', first: 400, levels: ['HTXSNV'], made: new Date(Date.now() - 60_000).toISOString() });
  await input.setInputFiles(asFile('quyet-dinh-moi.json', later));
  await expect(report).toContainText('CẢNH BÁO: tệp này không có chữ ký, trong khi các tệp trước của đảng ủy cấp trên đều có.');
  await expect(page.locator('#chu-ky-quyet-dinh')).toContainText('CẢNH BÁO');
  await page.reload();
  await expect(page.locator('#chu-ky-quyet-dinh')).toContainText('CẢNH BÁO');
});
