// Accessibility audit of every screen with axe-core in the real browser (WCAG 2.1 A/AA
// rules). axe is injected through the DevTools protocol, which the page's CSP does not
// govern, so the app's own policy stays as strict as in production.
import { readFileSync } from 'node:fs';
import { test, expect, open, audit } from './fixtures.mjs';

const FIXTURE = readFileSync(new URL('../../fixtures/format-v1/review-2b.json', import.meta.url), 'utf8');

test('every screen passes the axe WCAG 2.1 AA rules', async ({ page }) => {
  await page.goto('/khong-co');
  await page.evaluate((v) => localStorage.setItem('kiemdiem/doc/6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11', JSON.stringify(JSON.parse(v))), FIXTURE);
  for (const path of ['/', '/ban-kiem-diem', '/ban-cam-ket', '/ban-nhap', '/chi-bo', '/khong-co']) {
    await open(page, path);
    await audit(page, path);
  }
  await open(page, '/in/van-ban/6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11');
  await audit(page, 'print view');
  const base = '/ban-kiem-diem/6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11';
  for (const step of ['thong-tin', 'uu-diem', 'han-che', 'khac-phuc', 'giai-trinh', 'phuong-huong', 'tu-danh-gia', 'xem-lai']) {
    await open(page, `${base}/${step}`);
    await audit(page, step);
  }
  // With errors shown.
  await open(page, '/ban-kiem-diem');
  await page.getByLabel(/^Mẫu 2A/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByRole('link', { name: /Xem lại và hoàn thành/ }).click();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  await page.locator('#problem-0').press('Enter');
  await expect(page.locator('.field-error:not(:empty)').first()).toBeVisible();
  await audit(page, 'identity step with errors');
});

test('the cell workspace screens pass the axe WCAG 2.1 AA rules', async ({ page }) => {
  const { reviewPayloads } = await import('../cell-files.mjs');
  await open(page, '/chi-bo');
  await page.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ Khu phố 3');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ chi bộ');
  await audit(page, 'profile');
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewPayloads(3));
  await expect(page.locator('table.roster tbody tr')).toHaveCount(3);
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await audit(page, 'roster');
  for (const name of ['Kiểm tra quy định', 'Tổng hợp', 'Xuất tệp']) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await audit(page, name);
  }
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await page.getByRole('link', { name: 'Đảng viên Số 1' }).click();
  await page.getByLabel('Số phiếu tán thành').fill('x');
  await audit(page, 'member with an error');
});

test('the committee screens pass the axe WCAG 2.1 AA rules', async ({ page }) => {
  const { bundlePayload } = await import('../cell-files.mjs');
  await open(page, '/dang-uy');
  await audit(page, 'committee home');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ đảng ủy');
  await audit(page, 'committee profile');
  await page.getByRole('link', { name: 'Nhập gói của chi bộ' }).click();
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles([
    bundlePayload('goi-1.json', { cell: 1, name: 'Chi bộ 1', proposed: ['HTXSNV', 'HTTNV', 'HTTNV'], first: 10 }),
    bundlePayload('goi-2024.json', { cell: 2, name: 'Chi bộ 2', proposed: ['HTTNV'], year: 2024, first: 20 }),
  ]);
  await expect(page.locator('.import-summary')).toBeVisible();
  await audit(page, 'committee import');
  for (const name of ['Tổng quan và quyết định', 'Xuất tệp', 'Bộ tiêu chí']) {
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await audit(page, name);
  }
  await page.getByRole('button', { name: 'Bắt đầu bộ tiêu chí mới' }).click();
  await audit(page, 'pack form');
  await page.getByRole('link', { name: 'Tổng quan và quyết định', exact: true }).click();
  await page.getByRole('link', { name: 'Chi bộ 1' }).first().click();
  await expect(page.getByLabel('Mức đảng ủy quyết định cho Đảng viên 10 Chi bộ 1')).toBeVisible();
  await audit(page, 'committee cell');
});
