// Journey J3: a cell secretary collects the members' files, records the meeting, checks the
// rules, and exports the bundle and the roster.
import { readFileSync } from 'node:fs';
import { test, expect, open, newCellWorkspace as newWorkspace } from './fixtures.mjs';
import { reviewFile, reviewPayloads } from '../cell-files.mjs';

test('twelve files, votes, the cap warning, and the bundle and CSV exports', async ({ page, browser }) => {
  await newWorkspace(page);

  // 9 good reviews, 1 duplicate of the first, 1 broken file, 1 review of another year.
  const files = reviewPayloads(9);
  files.push({ ...files[0], name: 'gui-lai-dang-vien-1.json' });
  files.push({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "kiemdiem", ') });
  files.push({ name: 'nam-2024.json', mimeType: 'application/json', buffer: Buffer.from(reviewFile({ n: 50, name: 'Năm Trước', year: 2024 })) });
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(files);
  await expect(page.getByText('Đã xử lý 12 tệp: 9 nhận mới, 0 cập nhật, 1 trùng hoặc đã có bản mới hơn, 2 không nhận.')).toBeVisible();
  // The refused files lead, in full; the accepted ones are a count, listed on demand.
  await expect(page.getByRole('heading', { name: '2 tệp không nhận: hãy xem lý do và gửi lại tệp đúng' })).toBeVisible();
  await expect(page.getByText(/Tệp "hong\.json" bị hỏng \(chỗ hỏng ở dòng 1\)/)).toBeVisible();
  await expect(page.getByText('Tệp "gui-lai-dang-vien-1.json": trùng, đã có.')).toBeHidden();
  await page.getByText('Xem 10 tệp đã nhận hoặc đã có').click();
  await expect(page.getByText('Tệp "gui-lai-dang-vien-1.json": trùng, đã có.')).toBeVisible();
  await expect(page.getByText(/Tệp "nam-2024\.json" là bản kiểm điểm năm 2024, còn chi bộ đang tổng hợp năm 2025/)).toBeVisible();
  const rows = page.locator('table.roster tbody tr');
  await expect(rows).toHaveCount(9);
  await expect(rows.first()).toContainText('Đảng viên Số 1');
  await expect(rows.first()).toContainText('93');

  // The meeting: five rated tốt, one xuất sắc with its votes.
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel(`Mức chi bộ đề xuất cho Đảng viên Số ${i}`).selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  }
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 6').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await page.getByRole('link', { name: 'Đảng viên Số 6' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng viên Số 6' })).toBeVisible();
  await page.getByLabel('Bỏ phiếu kín').check();
  await page.getByLabel('Số đảng viên chính thức có mặt').fill('10');
  await page.getByLabel('Số phiếu tán thành').fill('8');
  await page.getByLabel('Số phiếu không tán thành').fill('2x');
  await expect(page.getByText('"Số phiếu không tán thành": hãy nhập một số nguyên')).toBeVisible();
  await expect(page.getByLabel('Số phiếu không tán thành')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Số phiếu không tán thành').fill('2');
  await page.getByLabel('Số không biểu quyết').fill('0');
  await page.getByLabel('Nhận xét của chi ủy (chi bộ)').fill('Gương mẫu, đề nghị khen thưởng.');

  // Within the cap: 1 xuất sắc for 5 tốt (⌊20 % × 5⌋ = 1).
  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra quy định');
  await expect(page.getByText('Chi bộ đề xuất: 1 xuất sắc, 5 tốt.')).toBeVisible();
  await expect(page.getByText(/vượt giới hạn/)).toHaveCount(0);

  // A second xuất sắc breaks the cap; taking it back clears the warning.
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 7').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  await expect(page.getByText('Chi bộ đề xuất 2 đồng chí Hoàn thành xuất sắc nhiệm vụ, vượt giới hạn 1 theo cả hai cách tính.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 7').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  await expect(page.getByText('Chi bộ đề xuất: 1 xuất sắc, 6 tốt.')).toBeVisible();
  await expect(page.getByText(/vượt giới hạn/)).toHaveCount(0);

  // The bundle.
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  const [bundleDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải gói chi bộ' }).click()]);
  expect(bundleDownload.suggestedFilename()).toBe('goi-chi-bo-2025-chi-bo-khu-pho-3.json');
  const bundleText = readFileSync(await bundleDownload.path(), 'utf8');
  const bundle = JSON.parse(bundleText);
  expect(bundle.kind).toBe('cell_bundle');
  expect(bundle.document.workspace.profile.cell).toBe('Chi bộ Khu phố 3');
  expect(bundle.document.workspace.members).toHaveLength(9);
  expect(bundle.document.reviews).toHaveLength(9);
  const six = bundle.document.workspace.members.find((m) => m.name === 'Đảng viên Số 6');
  expect(six).toMatchObject({ proposed: 'HTXSNV', comment: 'Gương mẫu, đề nghị khen thưởng.', votes: { method: 'secret_ballot', present: 10, for: 8, against: 2, abstain: 0 } });
  expect(bundle.document.summary.cell_proposed).toEqual([1, 6, 0, 0]);

  // The roster for Excel.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng danh sách' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('danh-sach-2025-chi-bo-khu-pho-3.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFFSTT,Họ và tên,Trạng thái,')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(10);
  expect(lines[6]).toBe('6,Đảng viên Số 6,Đã nộp,,Mẫu 2B,93,Hoàn thành xuất sắc nhiệm vụ,Hoàn thành xuất sắc nhiệm vụ,"Gương mẫu, đề nghị khen thưởng.",Hoàn thành xuất sắc nhiệm vụ,Bỏ phiếu kín,10,8,2,0,');

  // On another device (a fresh browser profile), the bundle opens as the same workspace.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await open(page2, '/chi-bo');
  await page2.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles({ name: 'goi.json', mimeType: 'application/json', buffer: Buffer.from(bundleText) });
  await expect(page2.getByText('Tệp "goi.json": Chi bộ Khu phố 3 · năm 2025 đã mở, gồm 9 bản kiểm điểm.')).toBeVisible();
  await page2.getByRole('link', { name: 'Chi bộ Khu phố 3 · năm 2025' }).click();
  await expect(page2.locator('table.roster tbody tr')).toHaveCount(9);
  await page2.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  const [again] = await Promise.all([page2.waitForEvent('download'), page2.getByRole('button', { name: 'Tải gói chi bộ' }).click()]);
  const bundle2 = JSON.parse(readFileSync(await again.path(), 'utf8'));
  expect(bundle2.document).toEqual(bundle.document);
  await other.close();
});

test('a reload keeps the workspace and the cell app links back to the member app', async ({ page }) => {
  await newWorkspace(page);
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewPayloads(2));
  await expect(page.locator('table.roster tbody tr')).toHaveCount(2);
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  // On a laptop the roster takes the whole width; a form keeps its lines readable (60rem).
  await page.setViewportSize({ width: 1280, height: 800 });
  const mainWidth = () => page.locator('main').evaluate((m) => m.getBoundingClientRect().width);
  expect(await mainWidth()).toBeGreaterThan(1200);
  await page.getByRole('link', { name: 'Hồ sơ chi bộ', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ chi bộ');
  expect(await mainWidth()).toBe(960);
  await page.goBack();
  await page.reload();
  await expect(page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1')).toHaveValue('HTTNV');
  await page.getByRole('link', { name: 'Kiểm điểm đảng viên' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm điểm đảng viên');
  await page.getByRole('link', { name: 'Chi bộ: thu nhận và tổng hợp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chi bộ: thu nhận và tổng hợp');
  await expect(page.getByRole('link', { name: 'Chi bộ Khu phố 3 · năm 2025' })).toBeVisible();
});
