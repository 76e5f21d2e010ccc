// Issue 13: the committee (/dang-uy). Bundles of several cells imported at once (another
// year's and an older copy refused or replaced), final levels decided with the cap checked
// at the committee's scope, the decision file taken by the cell's workspace; everything
// found again after a reload, and two tabs kept in step.
import { test, expect, open } from './fixtures.mjs';
import { bundlePayload } from '../cell-files.mjs';

const X = 'HTXSNV', G = 'HTTNV';

/** Makes a committee for 2025 named after the cells' "Đảng bộ" and opens its import. */
async function newCommittee(page) {
  await open(page, '/dang-uy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đảng ủy: tổng hợp các chi bộ');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ đảng ủy');
  await page.getByLabel(/^Tên tổ chức đảng/).fill('Đảng ủy phường Ba Đình');
  await page.getByRole('link', { name: 'Nhập gói của chi bộ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhập gói của chi bộ');
}

/** Six files: four cells of 2025, one of 2024, and a newer copy of cell 1. */
function sixBundles() {
  return [
    // Cell 1: 1 X, 4 G. Cell 2: 1 X, 6 G. Others together: 2 X, 10 G, within the cap (2).
    bundlePayload('goi-chi-bo-1.json', { cell: 1, name: 'Chi bộ 1', proposed: [X, G, G, G, G], first: 100 }),
    bundlePayload('goi-chi-bo-2.json', { cell: 2, name: 'Chi bộ 2', proposed: [X, G, G, G, G, G, G], first: 200 }),
    bundlePayload('goi-chi-bo-3.json', { cell: 3, name: 'Chi bộ 3', proposed: [G, G, G], first: 300 }),
    bundlePayload('goi-chi-bo-4.json', { cell: 4, name: 'Chi bộ 4', proposed: [G, G], first: 400 }),
    bundlePayload('goi-nam-2024.json', { cell: 5, name: 'Chi bộ 5', proposed: [G], year: 2024, first: 500 }),
    // Newer copy of cell 1: a member added (G): others 2 X, 11 G.
    bundlePayload('goi-chi-bo-1-moi.json', { cell: 1, name: 'Chi bộ 1', proposed: [X, G, G, G, G, G], first: 100, exported: '2025-12-22T09:00:00+07:00' }),
  ];
}

test('a committee imports six bundles, decides, sees the cap warning appear and clear, and the cell takes its decision', async ({ page }) => {
  await newCommittee(page);
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles(sixBundles());
  const report = page.locator('.import-report');
  await expect(page.locator('.import-summary')).toHaveText('Đã xử lý 6 tệp: 5 tệp được nhận hoặc đã có, 1 tệp không nhận.');
  // Refused first, naming the file and the reason.
  await expect(report.locator('li').first()).toContainText('Tệp "goi-nam-2024.json" là gói của Chi bộ 5 năm 2024, còn đảng ủy đang tổng hợp năm 2025');
  await expect(report).toContainText('Tệp "goi-chi-bo-1-moi.json": đã thay bằng gói mới hơn của Chi bộ 1: thêm 1 đảng viên (Đảng viên 105 Chi bộ 1)');
  await expect(page.locator('.persist-status')).toBeVisible();

  await page.getByRole('link', { name: 'Tổng quan và quyết định' }).click();
  await expect(page.locator('#tong-so')).toHaveText('4 chi bộ, 18 đảng viên: 18 phải xếp loại, 0 không phải kiểm điểm, 18 đã nộp bản kiểm điểm, 0 chưa được xếp loại.');
  await expect(page.locator('table.cells')).toHaveAttribute('data-rows', '4');
  const others = page.locator('.cap[data-group^="Đảng viên khác"]');
  await expect(others).toContainText('18 người (hoặc chi bộ), 2 xuất sắc, 16 tốt');
  await expect(others).toContainText('Trong giới hạn');

  // The committee raises two members of cell 3 to X: 4 X, 14 G → ⌊2,8⌋ = 2, ⌊3,6⌋ = 3: over both.
  await page.getByRole('link', { name: 'Chi bộ 3' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyết định xếp loại của một chi bộ');
  await page.getByLabel('Mức đảng ủy quyết định cho Đảng viên 300 Chi bộ 3').selectOption(X);
  await page.getByLabel('Mức đảng ủy quyết định cho Đảng viên 301 Chi bộ 3').selectOption(X);
  await expect(others).toContainText('4 xuất sắc, 14 tốt');
  await expect(others).toContainText('Vượt giới hạn theo cả hai cách tính');
  await expect(others).toContainText('20\u00a0% × 14 = 2');
  await expect(others).toContainText('20\u00a0% × (14 + 4) = 3');
  // Taking one back: 3 X, 15 G → ⌊3⌋ = 3: within both.
  await page.getByLabel('Mức đảng ủy quyết định cho Đảng viên 301 Chi bộ 3').selectOption(G);
  await expect(others).toContainText('Trong giới hạn');
  await page.getByLabel('Đảng ủy xếp loại chi bộ (tập thể)').selectOption(G);

  // The decision file for cell 3, downloaded.
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  await page.getByLabel('Chi bộ', { exact: true }).selectOption({ label: 'Chi bộ 3' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất quyết định của chi bộ này' }).click()]);
  expect(download.suggestedFilename()).toBe('quyet-dinh-xep-loai-2025-chi-bo-3.json');
  const decision = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c));

  // The report for Excel: one line per cell and the totals.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng tổng hợp (.csv)' }).click()]);
  const csvText = (await (await csv.createReadStream()).toArray().then((c) => Buffer.concat(c))).toString('utf8');
  expect(csvText.startsWith('\ufeff')).toBe(true);
  expect(csvText).toContain('3,Chi bộ 3,3,0,3,1,2,0,0,0,Hoàn thành tốt nhiệm vụ\r\n');
  expect(csvText).toContain(',Tổng cộng,18,0,18,3,15,0,0,0,\r\n');

  // The cell opens its own bundle and takes the decision: the final levels show.
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles(bundlePayload('goi-chi-bo-3.json', { cell: 3, name: 'Chi bộ 3', proposed: [G, G, G], first: 300 }));
  await page.getByRole('link', { name: /Chi bộ 3 · năm 2025/ }).click();
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles({ name: 'quyet-dinh.json', mimeType: 'application/json', buffer: decision });
  await expect(page.locator('.import-report')).toContainText('đã nhận quyết định xếp loại của Đảng ủy phường Ba Đình (3 đảng viên; chi bộ: Hoàn thành tốt nhiệm vụ)');
  await expect(page.locator('#quyet-dinh')).toBeVisible();
  const finals = page.locator('table.roster td.final-level');
  await expect(finals).toHaveText(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ']);
});

test('the committee finds everything after a reload, and a second tab follows imports and decisions', async ({ page, context }) => {
  await newCommittee(page);
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles(sixBundles().slice(0, 2));
  await expect(page.locator('.import-summary')).toHaveText('Đã xử lý 2 tệp: 2 tệp được nhận hoặc đã có, 0 tệp không nhận.');
  await page.getByRole('link', { name: 'Tổng quan và quyết định' }).click();
  await page.getByRole('link', { name: 'Chi bộ 2' }).first().click();
  await page.getByLabel('Mức đảng ủy quyết định cho Đảng viên 201 Chi bộ 2').selectOption('HTNV');
  const url = page.url();

  await page.reload();
  await expect(page.getByLabel('Mức đảng ủy quyết định cho Đảng viên 201 Chi bộ 2')).toHaveValue('HTNV');
  await expect(page.locator('.cap[data-group^="Đảng viên khác"]')).toContainText('12 người (hoặc chi bộ), 2 xuất sắc, 9 tốt');

  // A second tab on the overview sees a bundle imported in the first, and a decision.
  const other = await context.newPage();
  await other.goto(url.replace(/\/chi-bo\/.*$/, ''));
  await expect(other.locator('table.cells')).toHaveAttribute('data-rows', '2');
  await page.getByRole('link', { name: 'Nhập gói của chi bộ' }).click();
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles([sixBundles()[2]]);
  await expect(page.locator('.import-summary')).toContainText('1 tệp được nhận');
  await expect(other.locator('table.cells')).toHaveAttribute('data-rows', '3');
  await expect(other.locator('#tong-so')).toContainText('3 chi bộ, 15 đảng viên');
});
