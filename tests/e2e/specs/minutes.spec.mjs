// Issue 33: the meeting as a record and its minutes. A cell of 12 (2 probationary, 1 exempt,
// 2 absent with reasons) records its meeting; attendance is counted from the roster; a vote
// that does not add up is named with a link to the member and fixed there; the secretary
// rewords a paragraph; the printed minutes carry the attendance, each member's vote and
// both signatures.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, expect, open, audit, downloadBundle, newCommitteeImport } from './fixtures.mjs';
import { bundleFile, canonical } from '../cell-files.mjs';

/** A bundle of 12: members 10 and 11 probationary, 12 exempt; every vote 8 of 8 present
 * official members, except member 2's, which counts 9 for. */
function twelve() {
  const env = JSON.parse(bundleFile({ cell: 7, name: 'Chi bộ 7', proposed: Array(12).fill('HTTNV') }));
  const members = env.document.workspace.members;
  for (const m of members) m.votes = { abstain: 0, against: 0, for: 8, method: 'show_of_hands', present: 8 };
  members[1].votes.for = 9;
  members[9].probationary = true;
  members[10].probationary = true;
  members[11].exemption = 'excused';
  delete members[11].proposed;
  members[11].votes = {};
  env.document.workspace.profile.official_members = 9;
  env.sha256 = createHash('sha256').update(canonical(env.document)).digest('hex');
  return { name: 'goi-12.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(env)) };
}

test('a cell records its meeting, fixes a vote that does not add up and prints the minutes', async ({ page }, testInfo) => {
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(twelve());
  await expect(page.locator('.import-report')).toContainText('đã mở');
  await page.getByRole('link', { name: /Chi bộ 7 · năm 2025/ }).click();
  await page.getByRole('link', { name: 'Biên bản hội nghị', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biên bản hội nghị');

  await page.getByLabel('Ngày họp').fill('20/12/2025');
  await page.getByLabel('Giờ bắt đầu').fill('14 giờ 00');
  await page.getByLabel('Giờ kết thúc').fill('16 giờ 30');
  await page.getByLabel('Địa điểm họp').fill('Nhà văn hoá khu phố 7');
  await page.getByLabel('Chủ trì', { exact: true }).fill('Đảng viên 1 Chi bộ 7, Bí thư chi bộ');
  await page.getByLabel('Thư ký', { exact: true }).fill('Đảng viên 3 Chi bộ 7');

  // Attendance from the roster: 9 official, 2 probationary; the exempt member is apart.
  const counts = page.locator('#bb-so-co-mat');
  await expect(counts).toHaveText(/^Triệu tập 11 đồng chí: 9 chính thức, 2 dự bị\. Có mặt 11/);
  await page.getByLabel('Vắng: Đảng viên 9 Chi bộ 7').check();
  await page.getByLabel('Lý do vắng của đồng chí Đảng viên 9 Chi bộ 7').fill('Đi công tác');
  await page.getByLabel('Lý do vắng của đồng chí Đảng viên 9 Chi bộ 7').press('Tab');
  await page.getByLabel('Vắng: Đảng viên 11 Chi bộ 7').check();
  await page.getByLabel('Lý do vắng của đồng chí Đảng viên 11 Chi bộ 7').fill('Ốm');
  await page.getByLabel('Lý do vắng của đồng chí Đảng viên 11 Chi bộ 7').press('Tab');
  await expect(counts).toHaveText('Triệu tập 11 đồng chí: 9 chính thức, 2 dự bị. Có mặt 9 (8 chính thức, 1 dự bị); vắng 2. Số có mặt khi biểu quyết: 8 (chỉ đảng viên chính thức biểu quyết).');

  // The collective's vote; the checks name the vote that does not add up, with a link.
  await page.getByLabel('Giơ tay').check();
  await page.locator('#bb-co-mat').fill('8');
  await page.locator('#bb-tan-thanh').fill('8');
  await page.locator('#bb-khong-tan-thanh').fill('0');
  await page.locator('#bb-khong-bieu-quyet').fill('0');
  const gaps = page.locator('#bien-ban-thieu');
  await expect(gaps).toContainText('Đồng chí Đảng viên 2 Chi bộ 7: tán thành, không tán thành và không biểu quyết cộng lại là 9, nhiều hơn 8 đảng viên chính thức có mặt.');
  await expect(gaps).toContainText('Chưa có báo cáo kiểm điểm của chi bộ (Mẫu 01).');
  await audit(page, 'the minutes page');
  await gaps.getByRole('listitem').filter({ hasText: 'Đảng viên 2 Chi bộ 7' }).getByRole('link', { name: 'Sửa ở trang hội nghị' }).click();
  await page.getByLabel('Số phiếu tán thành').fill('8');
  await page.getByLabel('Số phiếu tán thành').press('Tab');
  await page.getByRole('link', { name: 'Biên bản hội nghị', exact: true }).click();
  await expect(page.locator('#bien-ban-thieu')).not.toContainText('Đảng viên 2 Chi bộ 7');

  // The secretary rewords the purpose; it survives a reload.
  await page.getByLabel('Mục đích, yêu cầu').fill('Kiểm điểm năm 2025 theo kế hoạch của Đảng ủy phường.');
  await page.getByLabel('Mục đích, yêu cầu').press('Tab');
  await page.reload();
  await expect(page.getByLabel('Mục đích, yêu cầu')).toHaveValue('Kiểm điểm năm 2025 theo kế hoạch của Đảng ủy phường.');
  await expect(page.locator('#bb-so-co-mat')).toContainText('Có mặt 9 (8 chính thức, 1 dự bị)');

  // The print, read back from the PDF.
  await page.getByRole('link', { name: 'Xem bản in biên bản (khổ A4)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
  await expect(page.getByText(/chưa có mẫu biên bản do Trung ương ban hành/)).toHaveCount(1);
  const path = testInfo.outputPath('bien-ban.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true });
  const flat = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const t of [
    'Vào lúc 14 giờ 00, ngày 20/12/2025, tại Nhà văn hoá khu phố 7',
    'Có mặt: 9 (8 chính thức, 1 dự bị). Vắng mặt: 2.',
    'Đồng chí Đảng viên 9 Chi bộ 7 vắng mặt, lý do: Đi công tác.',
    'Đồng chí Đảng viên 11 Chi bộ 7 (dự bị) vắng mặt, lý do: Ốm.',
    'Không phải kiểm điểm: Đảng viên 12 Chi bộ 7.',
    'Kiểm điểm năm 2025 theo kế hoạch của Đảng ủy phường.',
    'Biểu quyết: Giơ tay: 8/8 tán thành, 0 không tán thành, 0 không biểu quyết.',
    'Chi bộ đề xuất: Hoàn thành tốt nhiệm vụ. Giơ tay: 8/8 tán thành',
    'Hội nghị kết thúc vào lúc 16 giờ 30',
    'THƯ KÝ', 'CHỦ TRÌ HỘI NGHỊ', 'Đảng viên 3 Chi bộ 7', 'Đảng viên 1 Chi bộ 7',
  ]) {
    expect(flat, `printed text contains "${t}"`).toContain(t);
  }
  // Each member reviewed, in the meeting's order; the exempt member is not.
  for (let n = 1; n <= 11; n++) expect(flat).toContain(`. Đồng chí Đảng viên ${n} Chi bộ 7`);
  expect(flat).not.toContain('Đồng chí Đảng viên 12 Chi bộ 7 Tự chấm');

  // The minutes travel in the bundle: the committee sees them per cell and prints them.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: '← Quay lại' }).click();
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  const bundle = readFileSync(await (await downloadBundle(page)).path(), 'utf8');
  expect(JSON.parse(bundle).document.workspace.meeting.absent).toHaveLength(2);
  await newCommitteeImport(page);
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles({ name: 'goi-7.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await expect(page.locator('.import-report')).toContainText('goi-7.json');
  await page.getByRole('link', { name: 'Tổng quan và quyết định' }).click();
  await expect(page.locator('table.cells tbody tr').filter({ hasText: 'Chi bộ 7' })).toContainText('Có biên bản, còn 1 điều chưa hoàn thành');
  await page.getByRole('link', { name: 'Chi bộ 7', exact: true }).click();
  await expect(page.locator('#du-bien-ban-trang-thai')).toHaveText('Có biên bản, còn 1 điều chưa hoàn thành.');
  await page.getByRole('button', { name: 'Xem bản in biên bản' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BIÊN BẢN HỘI NGHỊ KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
  await expect(page.getByText('Đồng chí Đảng viên 11 Chi bộ 7 (dự bị) vắng mặt, lý do: Ốm.', { exact: false })).toHaveCount(1);
});
