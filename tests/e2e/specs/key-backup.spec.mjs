// Issue 31, item 9: a new computer signs as the old one when the cell restores its key from
// the backup made with it (sealed with a passphrase); a wrong passphrase or another file is
// named and changes nothing.
import { test, expect, open, audit, downloadBundle } from './fixtures.mjs';
import { bundlePayload } from '../cell-files.mjs';
import { readFileSync } from 'node:fs';

const FP = /mã nhận diện (\d{4} \d{4} \d{4} \d{4})/;
const PASS = 'khoá của chi bộ 3';

async function exportPage(page) {
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(bundlePayload('goi.json', { cell: 3, name: 'Chi bộ 3', proposed: ['HTTNV', 'HTTNV'] }));
  await expect(page.locator('.import-report')).toContainText('đã mở');
  await page.getByRole('link', { name: /Chi bộ 3 · năm 2025/ }).click();
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  await expect(page.locator('#ma-nhan-dien')).toContainText(FP);
  return (await page.locator('#ma-nhan-dien').textContent()).match(FP)[1];
}

test('a key made with a backup is restored on another computer, which then signs as the first', async ({ page, browser }) => {
  const first = await exportPage(page);
  await page.getByText('Sao lưu hoặc khôi phục khoá ký').click();
  await expect(page.getByText('Khoá ký của máy này chưa có tệp sao lưu')).toBeVisible();
  await page.getByLabel('Mật khẩu cho tệp sao lưu (ít nhất 8 ký tự)').fill(PASS);
  await page.getByLabel('Nhập lại mật khẩu').fill(PASS);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tạo khoá mới và tải tệp sao lưu' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^khoa-ky-\d{16}\.json$/);
  const backup = readFileSync(await file.path(), 'utf8');
  const made = JSON.parse(backup);
  expect(made.format).toBe('kiemdiem-khoa-ky');
  expect(backup).not.toContain('PRIVATE');
  await expect(page.locator('#ma-nhan-dien')).toContainText(made.fingerprint);
  expect(made.fingerprint).not.toBe(first);
  await expect(page.getByText('Khoá ký của máy này đã có tệp sao lưu.')).toBeVisible();
  const signed = JSON.parse(readFileSync(await (await downloadBundle(page)).path(), 'utf8'));
  expect(signed.signature.key).toBe(made.public_key);
  // The printed roster of the dossier names the same code.
  const ws = page.url().match(/\/chi-bo\/([^/]+)\//)[1];
  await open(page, `/in/chi-bo/${ws}/danh-sach`);
  await expect(page.getByText(`Gói điện tử của chi bộ được ký bằng khoá của máy lập danh sách này, mã nhận diện ${made.fingerprint}.`)).toBeVisible();

  // Another computer: its own key at first.
  const device = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await device.newPage();
  const theirs = await exportPage(other);
  expect(theirs).not.toBe(made.fingerprint);
  await other.getByText('Sao lưu hoặc khôi phục khoá ký').click();
  const chooser = other.getByLabel('Tệp sao lưu khoá ký (.json)');
  const pass = other.getByLabel('Mật khẩu của tệp sao lưu');
  // Another file is named, at its field.
  await chooser.setInputFiles({ name: 'goi.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(signed)) });
  await pass.fill(PASS);
  await other.getByRole('button', { name: 'Khôi phục khoá' }).click();
  await expect(other.locator('#khoa-ky-tep-loi')).toHaveText(/Tệp "goi.json" không phải tệp sao lưu khoá ký/);
  await expect(chooser).toBeFocused();
  await audit(other, 'the signing key backup, open, with an error');
  // A wrong passphrase changes nothing.
  await chooser.setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backup) });
  await pass.fill('khoá của chi bộ 4');
  await other.getByRole('button', { name: 'Khôi phục khoá' }).click();
  await expect(other.locator('#khoa-ky-mat-khau-cu-loi')).toHaveText(/Mật khẩu không mở được tệp sao lưu này/);
  await expect(other.locator('#ma-nhan-dien')).toContainText(theirs);
  // The right one: this computer now signs as the first.
  await pass.fill(PASS);
  await other.getByRole('button', { name: 'Khôi phục khoá' }).click();
  await expect(other.getByRole('status').filter({ hasText: `Đã khôi phục khoá ký, mã nhận diện ${made.fingerprint}` })).toBeVisible();
  await expect(other.locator('#ma-nhan-dien')).toContainText(made.fingerprint);
  const again = JSON.parse(readFileSync(await (await downloadBundle(other)).path(), 'utf8'));
  expect(again.signature.key).toBe(made.public_key);
  // Kept across a reload.
  await other.reload();
  await expect(other.locator('#ma-nhan-dien')).toContainText(made.fingerprint);
  await device.close();
});
