// Issue 31, item 3 (and 4–5 for decisions): a committee's decision is ordered by the
// committee's own time and revision of it, never by arrival nor by when its file was made. An older decision chosen after a newer one, a
// decision dated in the future, another organisation's, or one naming members the cell does
// not have is refused with what does not match; the levels the cell shows do not change.
import { test, expect, open } from './fixtures.mjs';
import { bundlePayload, decisionFile } from '../cell-files.mjs';

const G = 'HTTNV', X = 'HTXSNV', N = 'HTNV';

test('an older, a future or a foreign decision never replaces the one the cell keeps', async ({ page }) => {
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(bundlePayload('goi-chi-bo-3.json', { cell: 3, name: 'Chi bộ 3', proposed: [G, G], first: 300 }));
  await page.getByRole('link', { name: /Chi bộ 3 · năm 2025/ }).click();
  const take = async (file, options) => {
    await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles({ name: file, mimeType: 'application/json', buffer: Buffer.from(decisionFile({ cell: 3, name: 'Chi bộ 3', first: 300, ...options })) });
    const report = page.locator('.import-report');
    await expect(report).toContainText(`Tệp "${file}"`);
    return report;
  };
  const finals = page.locator('table.roster td.final-level');

  await expect(await take('moi.json', { levels: [X, G], made: '2026-01-10T09:00:00+07:00' })).toContainText('đã nhận quyết định xếp loại');
  await expect(finals).toHaveText(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ']);

  await expect(await take('cu.json', { levels: [N, N], made: '2026-01-05T09:00:00+07:00' }))
    .toContainText('là quyết định chốt lúc 05/01/2026 09:00, cũ hơn quyết định chi bộ đang giữ (chốt lúc 10/01/2026 09:00). Chi bộ giữ quyết định mới hơn.');
  // An older decision exported again later (its file made after the kept one's): still older.
  await expect(await take('cu-xuat-lai.json', { levels: [N, N], made: '2026-01-19T09:00:00+07:00', decidedAt: '2026-01-08T09:00:00+07:00', revision: 1 }))
    .toContainText('là quyết định chốt lúc 08/01/2026 09:00, lần điều chỉnh thứ 1, cũ hơn quyết định chi bộ đang giữ (chốt lúc 10/01/2026 09:00)');
  await expect(await take('tuong-lai.json', { levels: [N, N], made: '9999-01-01T09:00:00+07:00' })).toContainText('ngày ở tương lai');
  await expect(await take('xa-khac.json', { levels: [N, N], made: '2026-01-12T09:00:00+07:00', committee: 'Đảng ủy xã Khác' }))
    .toContainText('là quyết định của Đảng ủy xã Khác, còn hồ sơ chi bộ ghi cấp trên là Đảng bộ phường Ba Đình');
  await expect(await take('la.json', { levels: [N, N, N], made: '2026-01-12T09:00:00+07:00' }))
    .toContainText('ghi mức xếp loại cho 1 người không có trong danh sách của chi bộ (Đảng viên 302 Chi bộ 3)');
  await expect(finals).toHaveText(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ']);

  // After a reload, still the newer decision; a genuine later one replaces it.
  await page.reload();
  await expect(finals).toHaveText(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ']);
  await expect(await take('sau.json', { levels: [G, N], made: '2026-01-16T09:00:00+07:00', decidedAt: '2026-01-15T09:00:00+07:00', revision: 3 })).toContainText('đã nhận quyết định xếp loại');
  await expect(finals).toHaveText(['Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ']);
  // The same decision and revision with other levels: the cell keeps its own and says so.
  await expect(await take('sau-khac.json', { levels: [X, X], made: '2026-01-17T09:00:00+07:00', decidedAt: '2026-01-15T09:00:00+07:00', revision: 3 }))
    .toContainText('cùng lần với quyết định chi bộ đang giữ nhưng khác nội dung');
  await expect(finals).toHaveText(['Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ']);
});
