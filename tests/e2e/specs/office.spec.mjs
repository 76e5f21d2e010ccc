// Issue 16: what the app writes for Excel, opened and read back by a library that shares no
// code with the writer (openpyxl, from Debian: .ci/setup), as a secretary's or a clerk's
// spreadsheet program would find it: sheets, header row, frozen panes, widths that fit, and
// typed values (numbers as numbers, scores with one decimal, levels as text).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test, expect, open, newCellWorkspace, word, expectInOrder, newCommitteeImport } from './fixtures.mjs';
import { reviewPayloads, bundlePayload } from '../cell-files.mjs';

const READER = new URL('../../office/read_xlsx.py', import.meta.url).pathname;
const PYTHON = '/usr/bin/python3';

/** Saves the download and reads it back with openpyxl. */
async function readBack(download, testInfo) {
  if (!existsSync(PYTHON)) throw new Error('Debian python3 with openpyxl is missing: run `bash .ci/setup test`');
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return JSON.parse(execFileSync(PYTHON, [READER, path], { encoding: 'utf8' }));
}

const byName = (sheets) => Object.fromEntries(sheets.map((s) => [s.name, s]));
const values = (row) => row.map((c) => c.value);

test('the cell downloads its roster and summary as an Excel workbook', async ({ page }, testInfo) => {
  await newCellWorkspace(page);
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewPayloads(3));
  await expect(page.locator('table.roster tbody tr')).toHaveCount(3);
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1').selectOption({ label: 'Hoàn thành tốt nhiệm vụ' });
  await page.getByRole('link', { name: 'Đảng viên Số 1' }).click();
  await page.getByLabel('Số đảng viên chính thức có mặt').fill('9');
  await page.getByLabel('Số phiếu tán thành').fill('8');
  await page.getByLabel('Số phiếu không tán thành').fill('1');
  await page.getByLabel('Số không biểu quyết').fill('0');
  await page.getByLabel('Nhận xét của chi ủy (chi bộ)').fill('Gương mẫu; = không phải công thức');
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng Excel (.xlsx)' }).click()]);
  expect(download.suggestedFilename()).toBe('danh-sach-2025-chi-bo-khu-pho-3.xlsx');
  await expect(page.getByText('Đã xuất bảng Excel "danh-sach-2025-chi-bo-khu-pho-3.xlsx"')).toBeVisible();
  const sheets = byName(await readBack(download, testInfo));
  expect(Object.keys(sheets)).toEqual(['Danh sách', 'Tổng hợp']);

  const roster = sheets['Danh sách'];
  expect(values(roster.rows[0])).toEqual(['STT', 'Họ và tên', 'Trạng thái', 'Đảng viên dự bị', 'Mẫu', 'Điểm tự chấm', 'Khung điểm', 'Tự xếp loại', 'Nhận xét của chi bộ', 'Chi bộ đề xuất', 'Hình thức biểu quyết', 'Đảng viên chính thức có mặt', 'Tán thành', 'Không tán thành', 'Không biểu quyết', 'Ngày kết nạp']);
  expect(roster.freeze).toBe('C2');
  expect(roster.rows).toHaveLength(4);
  const [stt, name, status, , form, score, band, self, comment, proposed, , present, yes, no, abstain] = roster.rows[1];
  expect([stt.value, stt.type]).toEqual([1, 'n']);
  expect([name.value, name.type]).toEqual(['Đảng viên Số 1', 's']);
  expect(status.value).toBe('Đã nộp');
  expect(form.value).toBe('Mẫu 2B');
  expect([score.value, score.type, score.format]).toEqual([93, 'n', '0.0']);
  expect(band.value).toBe('Hoàn thành xuất sắc nhiệm vụ');
  expect(self.value).toBe('Hoàn thành xuất sắc nhiệm vụ');
  expect([comment.value, comment.type]).toEqual(['Gương mẫu; = không phải công thức', 's']);
  expect(proposed.value).toBe('Hoàn thành tốt nhiệm vụ');
  expect([present.value, yes.value, no.value, abstain.value]).toEqual([9, 8, 1, 0]);
  expect([yes.type, no.type]).toEqual(['n', 'n']);
  // Widths fit: the name column is wider than the longest name, the level columns than a level.
  expect(roster.widths.B).toBeGreaterThanOrEqual('Đảng viên Số 1'.length);
  expect(roster.widths.G).toBeGreaterThanOrEqual('Hoàn thành xuất sắc nhiệm vụ'.length);

  const summary = sheets['Tổng hợp'];
  expect(values(summary.rows[0])).toEqual(['Mức xếp loại', 'Tự xếp loại (số người)', 'Tỉ lệ', 'Chi bộ đề xuất (số người)', 'Tỉ lệ']);
  expect(summary.freeze).toBe('C2');
  const excellent = summary.rows[1];
  expect(values(excellent)).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 3, 1, 0, 0]);
  expect(excellent[2].format).toBe('0.0%');
  const good = summary.rows[2];
  expect(good[4].value).toBeCloseTo(1 / 3, 6);
  expect([good[4].type, good[4].format]).toEqual(['n', '0.0%']);
});

test('the committee downloads its table of cells as an Excel workbook', async ({ page }, testInfo) => {
  await newCommitteeImport(page, 'Đảng ủy phường Ba Đình');
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles([
    bundlePayload('goi-chi-bo-1.json', { cell: 1, name: 'Chi bộ 1', proposed: ['HTXSNV', 'HTTNV', 'HTTNV'], first: 100 }),
    bundlePayload('goi-chi-bo-2.json', { cell: 2, name: 'Chi bộ 2', proposed: ['HTTNV', 'HTNV'], first: 200 }),
  ]);
  await expect(page.locator('.import-summary')).toContainText('2 tệp được nhận');
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng Excel (.xlsx)' }).click()]);
  expect(download.suggestedFilename()).toBe('bao-cao-xep-loai-2025-dang-uy-phuong-ba-dinh.xlsx');
  const [sheet] = await readBack(download, testInfo);
  expect(sheet.name).toBe('Tổng hợp các chi bộ');
  expect(sheet.freeze).toBe('C2');
  expect(values(sheet.rows[0])).toEqual(['STT', 'Chi bộ', 'Số đảng viên', 'Không phải kiểm điểm', 'Phải xếp loại', 'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ', 'Chưa xếp loại', 'Xếp loại chi bộ']);
  expect(values(sheet.rows[1]).slice(0, 9)).toEqual([1, 'Chi bộ 1', 3, 0, 3, 1, 2, 0, 0]);
  expect(sheet.rows[3][0].value).toBe('Cộng');
  expect(values(sheet.rows[3]).slice(2, 9)).toEqual([5, 0, 5, 1, 3, 1, 0]);
  expect(sheet.rows[1][2].type).toBe('n');

  // The committee's printed summary, as a Word file too.
  await page.getByRole('button', { name: 'Mở bản in tổng hợp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN VÀ CHI BỘ');
  const docx = await word(page, testInfo, 'bao-cao-xep-loai-2025-dang-uy-phuong-ba-dinh.docx');
  expectInOrder(docx.flat, ['ĐẢNG ỦY PHƯỜNG BA ĐÌNH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN VÀ CHI BỘ', 'Năm 2025',
    'STT', 'Chi bộ', 'Chi bộ 1', 'Chi bộ 2', 'Mức xếp loại', 'Hoàn thành xuất sắc nhiệm vụ', 'T/M ĐẢNG ỦY']);
  expect(docx.tables).toBeGreaterThanOrEqual(3);
});
