// Journey J3: a cell secretary collects the members' files, records the meeting, checks the
// rules, and exports the bundle and the roster.
import { readFileSync } from 'node:fs';
import { test, expect, open, newCellWorkspace as newWorkspace, downloadBundle, newCommitteeImport } from './fixtures.mjs';
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
  // Issue 30, item 12: the warning names the members and gives each reading its own figure,
  // as the two computations under it do.
  await expect(page.getByText('Chi bộ đề xuất 2 đồng chí Hoàn thành xuất sắc nhiệm vụ (Đảng viên Số 6, Đảng viên Số 7): vượt giới hạn theo cả hai cách tính (cách tính 1: tối đa 1; cách tính 2: tối đa 1).', { exact: false })).toBeVisible();
  await expect(page.getByText('20\u00a0% × 5 = 1')).toBeVisible();
  await expect(page.getByText('20\u00a0% × (5 + 2) = 1')).toBeVisible();
  await page.getByRole('link', { name: 'Đảng viên', exact: true }).click();
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 7').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  await expect(page.getByText('Chi bộ đề xuất: 1 xuất sắc, 6 tốt.')).toBeVisible();
  await expect(page.getByText(/vượt giới hạn/)).toHaveCount(0);

  // The bundle. Issue 30, item 4: it is not finished, and the page says what is missing,
  // with links to where each gap is filled.
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Gói chi bộ chưa hoàn thành: còn thiếu' })).toBeVisible();
  const gaps = page.locator('ul.gaps > li');
  await expect(gaps.filter({ hasText: '2 đồng chí chưa có mức chi bộ đề xuất' })).toContainText('Đảng viên Số 8');
  await expect(gaps.filter({ hasText: '6 đồng chí chưa ghi kết quả biểu quyết' })).toBeVisible();
  await expect(gaps.filter({ hasText: 'Chưa lập báo cáo kiểm điểm của chi bộ (Mẫu 01)' }).getByRole('link', { name: 'Lập báo cáo của chi bộ (Mẫu 01)' })).toBeVisible();
  await gaps.filter({ hasText: 'chưa có mức chi bộ đề xuất' }).getByRole('link', { name: 'Đảng viên Số 9' }).click();
  await expect(page).toHaveURL(/\/hoi-nghi\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng viên Số 9' })).toBeVisible();
  await page.goBack();
  // Asked first; "Để sau" sends nothing.
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Tải gói chi bộ (chưa hoàn thành)' }).click();
  await expect(page.getByRole('heading', { name: 'Xuất gói chưa hoàn thành?' })).toBeFocused();
  await page.getByRole('button', { name: 'Để sau' }).click();
  await expect(page.getByRole('heading', { name: 'Xuất gói chưa hoàn thành?' })).toBeHidden();
  expect(downloads).toBe(0);
  await page.getByRole('button', { name: 'Tải gói chi bộ (chưa hoàn thành)' }).click();
  const [bundleDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vẫn xuất gói chưa hoàn thành' }).click()]);
  expect(bundleDownload.suggestedFilename()).toBe('goi-chi-bo-2025-chi-bo-khu-pho-3-chua-hoan-thanh.json');
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
  const again = await downloadBundle(page2);
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

// Issue 30, item 3: a member's file edited by hand after export is still taken, and flagged
// where the secretary looks (the roster, the member's page, the meeting view, the rules
// panel), and in the bundle, so that the committee sees it too.
test('a review edited after export is flagged on every screen and reaches the committee', async ({ page }) => {
  await newWorkspace(page);
  const [good, edited] = reviewPayloads(2);
  const file = JSON.parse(edited.buffer.toString('utf8'));
  file.document.values.general_points = '30'; // the digest no longer matches
  edited.buffer = Buffer.from(JSON.stringify(file, null, 2));
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles([good, edited]);
  await expect(page.locator('.import-summary')).toContainText('2 nhận mới');

  const flag = 'Tệp bị sửa sau khi xuất';
  const rows = page.locator('table.roster tbody tr');
  await expect(rows.filter({ hasText: 'Đảng viên Số 2' }).locator('.flag-changed')).toHaveText(flag);
  await expect(rows.filter({ hasText: 'Đảng viên Số 1' }).locator('.flag-changed')).toHaveCount(0);

  await page.getByRole('link', { name: 'Đảng viên Số 2' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng viên Số 2' })).toBeVisible();
  await expect(page.locator('.flag-changed')).toHaveText(flag);

  await page.getByRole('link', { name: 'Hội nghị: xét từng đồng chí', exact: true }).click();
  await page.getByLabel('Chuyển đến đồng chí').selectOption({ label: '2. Đảng viên Số 2' });
  await expect(page.getByRole('heading', { level: 2, name: 'Đảng viên Số 2' })).toBeVisible();
  await expect(page.locator('.flag-changed')).toHaveText(flag);

  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  const review = page.locator('section.cap-tren-quyet-dinh');
  await expect(review).toContainText('Tệp bản kiểm điểm của đồng chí Đảng viên Số 2 đã bị sửa sau khi xuất');

  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  const download = await downloadBundle(page);
  const text = readFileSync(await download.path(), 'utf8');
  const members = JSON.parse(text).document.workspace.members;
  expect(members.find((m) => m.name === 'Đảng viên Số 2').changed_file).toBe(true);
  expect(members.find((m) => m.name === 'Đảng viên Số 1').changed_file).toBeUndefined();

  // The committee: the cell's page names the member.
  await newCommitteeImport(page);
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles({ name: 'goi.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('.import-summary')).toContainText('1 tệp được nhận');
  await page.getByRole('link', { name: 'Tổng quan và quyết định' }).click();
  await expect(page.getByText(/1 tệp bản kiểm điểm bị sửa sau khi đảng viên xuất \(mã kiểm tra không khớp\): Đảng viên Số 2/)).toBeVisible();
  await page.getByRole('link', { name: 'Chi bộ Khu phố 3' }).first().click();
  await expect(page.locator('tr', { hasText: 'Đảng viên Số 2' })).toContainText(flag);
});
