// Issue 7: every document kind printed to PDF by Chromium, read back with pdftotext
// (poppler-utils), and checked for the header, the title, every section heading, the
// signature block, lines inside the margins, page numbers from page 2, and a plausible
// page count for a long review. The PDFs are written under test-results/ (not in git).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, open, word, expectInOrder, newCommitteeImport } from './fixtures.mjs';
import { bundlePayload } from '../cell-files.mjs';

const REVIEW = JSON.parse(readFileSync(new URL('../../fixtures/format-v1/review-2b.json', import.meta.url), 'utf8'));
const BUNDLE = readFileSync(new URL('../../fixtures/format-v1/cell-bundle.json', import.meta.url), 'utf8');

const A4 = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

/** Stores a document envelope as the app keeps drafts (the digest may not match: allowed). */
async function seed(page, env) {
  await page.goto('/khong-co');
  await page.evaluate((e) => localStorage.setItem(`kiemdiem/doc/${e.id}`, JSON.stringify(e)), env);
}

/** Prints the current page to PDF and returns its text (whitespace collapsed), pages and words. */
async function printed(page, testInfo, name) {
  const path = testInfo.outputPath(`${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))[1]);
  const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const words = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map(([, x0, y0, x1, y1, w]) => ({ x0: +x0, y0: +y0, x1: +x1, y1: +y1, w }));
  const pageText = (n) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' });
  return { flat: text.replace(/\s+/g, ' '), pages, words, pageText };
}

/** Every word sits inside the page's margins (the page number sits in the top margin). */
function expectInsideMargins(words) {
  const out = words.filter((w) => !/^\d+$/.test(w.w)).filter((w) =>
    // Horizontally the glyphs' boxes must stay inside; vertically a word must start inside
    // (its box includes the font's descent).
    w.x0 < MARGIN.left - 2 || w.x1 > A4.width - MARGIN.right + 2 || w.y0 < MARGIN.top - 2 || w.y0 > A4.height - MARGIN.bottom);
  expect(out.map((w) => `${w.w} @ ${w.x0.toFixed(0)},${w.y0.toFixed(0)}–${w.x1.toFixed(0)},${w.y1.toFixed(0)}`), 'words outside the margins').toEqual([]);
}

function expectAll(flat, texts) {
  for (const t of texts) expect(flat, `printed text contains "${t}"`).toContain(t);
}

const HEADER = ['ĐẢNG BỘ PHƯỜNG BA ĐÌNH', 'CHI BỘ KHU PHỐ 3', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM'];
const REVIEW_HEADINGS = [
  'A. NỘI DUNG KIỂM ĐIỂM',
  'I. Ưu điểm, kết quả đạt được',
  '1. Về phẩm chất chính trị, đạo đức, lối sống',
  'II. Hạn chế, khuyết điểm và nguyên nhân',
  '1. Hạn chế, khuyết điểm.',
  '2. Nguyên nhân của hạn chế, khuyết điểm.',
  'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước',
  'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)',
  'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
  'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI',
  'I. Đánh giá theo các nhóm tiêu chí',
  'II. Đề xuất xếp loại mức chất lượng:',
];

for (const [form, code, subtitle] of [
  ['2A', 'Mẫu 02A-HD KĐ.ĐG 2025', '(Cá nhân giữ chức vụ lãnh đạo, quản lý)'],
  ['2B', 'Mẫu 02B-HD KĐ.ĐG 2025', '(Cá nhân không giữ chức vụ lãnh đạo, quản lý)'],
  ['2C', 'Mẫu 02C-HD KĐ.ĐG 2025', '(Đảng viên không làm việc trong hệ thống chính trị)'],
]) {
  test(`a member's review, Mẫu ${form}, prints in the A4 layout`, async ({ page }, testInfo) => {
    const env = structuredClone(REVIEW);
    env.template.id = env.document.template = `2025/${form}`;
    await seed(page, env);
    await open(page, `/in/van-ban/${env.id}`);
    await expect(page.getByRole('button', { name: 'In / Lưu PDF' })).toBeVisible();
    const pdf = await printed(page, testInfo, `review-${form}`);
    expectAll(pdf.flat, [...HEADER, 'Hà Nội, ngày 12 tháng 12 năm 2025', code, 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', subtitle, 'Năm 2025',
      'Họ và tên: Nguyễn Văn An', ...REVIEW_HEADINGS, 'Chậm nộp báo cáo tháng.', 'Không có.',
      '1. Nhóm tiêu chí chung: 27,5/30', '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 65/70', 'Tổng điểm: 92,5/100',
      '☐ Hoàn thành tốt nhiệm vụ', '☐ Hoàn thành nhiệm vụ', '☐ Không hoàn thành nhiệm vụ', 'Chi bộ: Chi bộ Khu phố 3',
      'Hoàn thành xuất sắc nhiệm vụ', 'NGƯỜI TỰ KIỂM ĐIỂM', '(Ký, ghi rõ họ tên)', 'Nguyễn Văn An']);
    expect(pdf.flat).not.toContain('In / Lưu PDF');
    // As on the paper form: the title, "Năm …", then the subtitle; the chosen level ticked.
    expect(pdf.flat.indexOf('Năm 2025')).toBeLessThan(pdf.flat.indexOf(subtitle));
    expect(pdf.flat).toContain('☒ Hoàn thành xuất sắc nhiệm vụ');
    // The toolbar (never printed) lists what the app prints without a confirmed source.
    await page.emulateMedia({ media: 'screen' });
    await page.getByText('Những dòng in chưa có văn bản chính thức xác nhận').click();
    await expect(page.locator('.unconfirmed')).toContainText('Các dòng ký tên');
    expectInsideMargins(pdf.words);

    // The same document as a Word file, with the margins set in the toolbar.
    await page.getByLabel('Trái', { exact: true }).fill('25');
    const docx = await word(page, testInfo, 'kiem-diem-2025-nguyen-van-an.docx');
    expect([docx.page.top, docx.page.bottom, docx.page.left, docx.page.right]).toEqual([20, 20, 25, 15]);
    expectAll(docx.flat, [...HEADER, 'Hà Nội, ngày 12 tháng 12 năm 2025', code, subtitle, 'Họ và tên: Nguyễn Văn An', 'Chậm nộp báo cáo tháng.',
      'Không có.', 'Tổng điểm: 92,5/100', '☒ Hoàn thành xuất sắc nhiệm vụ', '☐ Hoàn thành tốt nhiệm vụ', 'Chi bộ: Chi bộ Khu phố 3']);
    expectInOrder(docx.flat, [code, ...HEADER, 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', 'Năm 2025', ...REVIEW_HEADINGS.slice(0, -1),
      '1. Nhóm tiêu chí chung: 27,5/30', '2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: 65/70', 'Tổng điểm: 92,5/100',
      REVIEW_HEADINGS.at(-1), '☒ Hoàn thành xuất sắc nhiệm vụ', 'NGƯỜI TỰ KIỂM ĐIỂM', '(Ký, ghi rõ họ tên)', 'Nguyễn Văn An']);
    // Header and signature are tables (two columns, no borders), lists are Word's own.
    expect(docx.tables).toBeGreaterThanOrEqual(2);
    expect(docx.paragraphs.some((p) => p.numbered)).toBe(true);
  });
}

test('a long review flows over several pages, numbered from page 2, nothing cut', async ({ page }, testInfo) => {
  const env = structuredClone(REVIEW);
  const words = Array.from({ length: 900 }, (_, i) => `từ${i}`);
  env.document.values.a1_conduct = words.join(' ');
  env.document.values.shortcomings = Array.from({ length: 25 }, (_, i) => ({ text: `Hạn chế số ${i + 1}: ${'chưa thật sự chủ động trong công việc được giao '.repeat(3)}` }));
  env.document.values.a2_duties = 'Mộtchuỗirấtdàikhôngcókhoảngtrắng'.repeat(12);
  await seed(page, env);
  await open(page, `/in/van-ban/${env.id}`);
  const pdf = await printed(page, testInfo, 'review-long');
  expect(pdf.pages).toBeGreaterThanOrEqual(4);
  expect(pdf.pages).toBeLessThanOrEqual(12);
  for (const w of ['từ0', 'từ449', 'từ899', 'Hạn chế số 25:']) expect(pdf.flat).toContain(w);
  expectInsideMargins(pdf.words);
  expect(pdf.pageText(1).trim().split('\n')[0].trim()).not.toBe('1');
  expect(pdf.pageText(2).trim().split('\n')[0].trim()).toBe('2');
  expect(pdf.pageText(pdf.pages).trim().split('\n')[0].trim()).toBe(String(pdf.pages));
  expectAll(pdf.flat, ['NGƯỜI TỰ KIỂM ĐIỂM', '(Ký, ghi rõ họ tên)']);
});

test('the commitment prints with its own title and signature', async ({ page }, testInfo) => {
  const now = '2026-01-05T08:00:00+07:00';
  const doc = { id: '11111111-0000-4000-8000-00000000c0c0', template: '2025/CK', year: 2026, created: now, updated: now,
    values: { party_committee: 'Đảng bộ Phường Ba Đình', cell: 'Chi bộ Khu phố 3', full_name: 'Nguyễn Văn An', birth_date: '05/01/1980',
      work_unit: 'Sở Tư pháp', place: 'Hà Nội', written_on: '05/01/2026', commit_politics: 'Học tập đầy đủ các nghị quyết.' } };
  await seed(page, { format: 'kiemdiem', format_version: 1, app_version: '0.1.0', kind: 'commitment', template: { id: '2025/CK', revision: 1 },
    id: doc.id, created: now, updated: now, document: doc, sha256: '0' });
  await open(page, `/in/van-ban/${doc.id}`);
  const pdf = await printed(page, testInfo, 'commitment');
  expectAll(pdf.flat, [...HEADER, 'Hà Nội, ngày 05 tháng 01 năm 2026', 'BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU', 'Năm 2026',
    'Học tập đầy đủ các nghị quyết.', 'Kế hoạch khắc phục hạn chế, khuyết điểm', 'NGƯỜI CAM KẾT', '(Ký, ghi rõ họ tên)']);
  expectInsideMargins(pdf.words);
  const docx = await word(page, testInfo, 'cam-ket-2026-nguyen-van-an.docx');
  expect([docx.page.top, docx.page.bottom, docx.page.left, docx.page.right]).toEqual([20, 20, 30, 15]);
  expectInOrder(docx.flat, [...HEADER, 'Hà Nội, ngày 05 tháng 01 năm 2026', 'BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU', 'Năm 2026',
    'Học tập đầy đủ các nghị quyết.', 'Kế hoạch khắc phục hạn chế, khuyết điểm', 'NGƯỜI CAM KẾT', '(Ký, ghi rõ họ tên)', 'Nguyễn Văn An']);
});

test('the cell: Mẫu 01, a member\'s review with the cell\'s opinion, and the roster with the summary', async ({ page }, testInfo) => {
  const bundle = JSON.parse(BUNDLE);
  bundle.document.collective.document.values.party_committee = 'Đảng bộ Phường Ba Đình';
  await seed(page, bundle.document.collective);
  await open(page, `/in/van-ban/${bundle.document.collective.id}`);
  let pdf = await printed(page, testInfo, 'mau-01');
  expectAll(pdf.flat, [...HEADER, 'Mẫu 01-HD KĐ.ĐG 2025', 'BÁO CÁO', 'A. NỘI DUNG KIỂM ĐIỂM', 'I. Ưu điểm, kết quả đạt được',
    '1. Việc chấp hành nguyên tắc tổ chức và hoạt động', 'II. Hạn chế, khuyết điểm và nguyên nhân', 'V. Trách nhiệm của tập thể, cá nhân',
    'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI', 'T/M CHI ỦY (CHI BỘ)', 'BÍ THƯ',
    '1. Nhóm tiêu chí chung: 27/30', 'Tổng điểm: …/100']);
  // The opening sentence comes before "A.", as on the paper form.
  expect(pdf.flat.indexOf('Căn cứ kết quả lãnh đạo, chỉ đạo')).toBeGreaterThan(-1);
  expect(pdf.flat.indexOf('Căn cứ kết quả lãnh đạo, chỉ đạo')).toBeLessThan(pdf.flat.indexOf('A. NỘI DUNG KIỂM ĐIỂM'));
  expectInsideMargins(pdf.words);
  const report = await word(page, testInfo, 'chi-bo-2025.docx');
  expectInOrder(report.flat, ['Mẫu 01-HD KĐ.ĐG 2025', ...HEADER, 'BÁO CÁO', 'Căn cứ kết quả lãnh đạo, chỉ đạo', 'A. NỘI DUNG KIỂM ĐIỂM',
    'I. Ưu điểm, kết quả đạt được', 'II. Hạn chế, khuyết điểm và nguyên nhân', 'V. Trách nhiệm của tập thể, cá nhân',
    'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', 'B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI', '1. Nhóm tiêu chí chung: 27/30',
    'Tổng điểm: …/100', 'T/M CHI ỦY (CHI BỘ)', 'BÍ THƯ']);

  // The workspace, opened from its bundle.
  await page.emulateMedia({ media: 'screen' });
  await open(page, '/chi-bo');
  await page.getByLabel('Chọn tệp gói chi bộ (.json)').setInputFiles({ name: 'goi.json', mimeType: 'application/json', buffer: Buffer.from(BUNDLE) });
  await expect(page.getByText(/đã mở, gồm 1 bản kiểm điểm/)).toBeVisible();
  const ws = bundle.document.workspace;
  const an = ws.members.find((m) => m.review);
  await open(page, `/in/chi-bo/${ws.id}/dang-vien/${an.id}`);
  pdf = await printed(page, testInfo, 'cell-member');
  expectAll(pdf.flat, [...HEADER, 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', 'NGƯỜI TỰ KIỂM ĐIỂM', 'NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)',
    'Gương mẫu, nhiệt tình.', 'Chi bộ đề xuất xếp loại: Hoàn thành tốt nhiệm vụ.', '2 tán thành, 0 không tán thành, 0 không biểu quyết; 2 đảng viên chính thức có mặt']);
  expectInsideMargins(pdf.words);
  const copy = await word(page, testInfo, 'kiem-diem-2025-nguyen-van-an.docx');
  expectInOrder(copy.flat, [...HEADER, 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN', 'NGƯỜI TỰ KIỂM ĐIỂM', 'NHẬN XÉT, ĐÁNH GIÁ CỦA CHI ỦY (CHI BỘ)',
    'Gương mẫu, nhiệt tình.', 'Chi bộ đề xuất xếp loại: Hoàn thành tốt nhiệm vụ.', '2 tán thành, 0 không tán thành, 0 không biểu quyết; 2 đảng viên chính thức có mặt',
    'T/M CHI ỦY (CHI BỘ)']);

  await page.emulateMedia({ media: 'screen' });
  await open(page, `/in/chi-bo/${ws.id}/danh-sach`);
  pdf = await printed(page, testInfo, 'roster');
  expectAll(pdf.flat, [...HEADER, 'DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN', 'Năm 2025', 'Nguyễn Văn An', 'Trần Thị Bình', 'TỔNG HỢP',
    'Hoàn thành tốt nhiệm vụ', 'T/M CHI ỦY (CHI BỘ)']);
  expectInsideMargins(pdf.words);
  // The roster and summary as Word tables.
  const list = await word(page, testInfo, 'danh-sach-2025-chi-bo-khu-pho-3.docx');
  expectInOrder(list.flat, [...HEADER, 'DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN', 'Năm 2025', 'STT', 'Họ và tên', 'Nguyễn Văn An',
    'Trần Thị Bình', 'TỔNG HỢP', 'Mức xếp loại', 'Hoàn thành tốt nhiệm vụ', 'T/M CHI ỦY (CHI BỘ)', 'BÍ THƯ']);
  expect(list.tables).toBeGreaterThanOrEqual(4);
});

test('from the review\'s editor, "Xem bản in" opens the print view and margins can be set', async ({ page }) => {
  await seed(page, REVIEW);
  await open(page, `/ban-kiem-diem/${REVIEW.id}/xem-lai`);
  await page.getByRole('link', { name: 'Xem bản in' }).click();
  await expect(page).toHaveURL(`/in/van-ban/${REVIEW.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByLabel('Trái').fill('3');
  await expect(page.getByText('Lề trái: hãy nhập một số milimét từ 5 đến 50.')).toBeVisible();
  await page.getByLabel('Trái').fill('35');
  await expect(page.getByText('Lề trái: hãy nhập')).toHaveCount(0);
  // The margin is remembered, and the printed page uses it: the text starts 35 mm in.
  await page.reload();
  await expect(page.getByLabel('Trái')).toHaveValue('35');
  await expect(page.getByLabel('Phải')).toHaveValue('15');
});

test('a margin set in the toolbar moves the printed text', async ({ page }, testInfo) => {
  await seed(page, REVIEW);
  await open(page, `/in/van-ban/${REVIEW.id}`);
  await page.getByLabel('Trái').fill('45');
  const pdf = await printed(page, testInfo, 'margin-45');
  const left = Math.min(...pdf.words.filter((w) => !/^\d+$/.test(w.w)).map((w) => w.x0));
  expect(left).toBeGreaterThan(45 * MM - 2);
  expect(left).toBeLessThan(45 * MM + 30);
});

// Issue 30, item 2: the committee's report has ten columns; at A4 portrait the last ones
// collapsed to nothing (their titles one letter a line) and the PDF ran to 4 pages.
test('the committee\'s printed report keeps every column readable on A4', async ({ page }, testInfo) => {
  await newCommitteeImport(page, 'Đảng ủy phường Ba Đình');
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles([
    bundlePayload('goi-chi-bo-1.json', { cell: 1, name: 'Chi bộ Khu dân cư số 1', proposed: ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV', ''], first: 100 }),
    bundlePayload('goi-chi-bo-2.json', { cell: 2, name: 'Chi bộ Khu dân cư số 2', proposed: ['HTTNV', 'HTNV'], first: 200 }),
  ]);
  await expect(page.locator('.import-summary')).toContainText('2 tệp được nhận');
  await page.getByRole('link', { name: 'Tổng quan và quyết định' }).click();
  await page.getByRole('link', { name: 'Chi bộ Khu dân cư số 1' }).first().click();
  await page.getByLabel('Đảng ủy xếp loại chi bộ (tập thể)').selectOption('HTTNV');
  await page.getByRole('link', { name: 'Xuất tệp', exact: true }).click();
  await page.getByRole('button', { name: 'Mở bản in tổng hợp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN VÀ CHI BỘ');
  const pdf = await printed(page, testInfo, 'committee-report');
  expect(pdf.pages, 'two cells and the totals fit one page').toBe(1);
  expectInsideMargins(pdf.words);
  // Every column title is read back whole, word by word on one line or wrapped between
  // words, never cut inside a word.
  const titles = ['STT', 'Chi bộ', 'Số đảng viên', 'Phải xếp loại', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Chưa xếp loại', 'Xếp loại chi bộ'];
  // pdftotext gives a letter with a stacked accent ("ố") as a word of its own: rejoin it.
  const words = [];
  for (const w of pdf.words) {
    const p = words[words.length - 1];
    if (p && w.x0 - p.x1 < 0.5 && w.x0 > p.x0 && w.y0 < p.y1 && p.y0 < w.y1) Object.assign(p, { w: p.w + w.w, x1: w.x1 });
    else words.push({ ...w });
  }
  // The first cell's row starts with its name, "Chi bộ Khu dân cư số 1".
  const firstKhu = words.findIndex((x) => x.w === 'Khu');
  const rowTop = words.slice(0, firstKhu).reverse().find((x) => x.w === 'Chi').y0;
  const head = words.filter((w) => w.y0 < rowTop - 3);
  const columns = titles.map((t) => {
    const ws = t.split(' ').map((part) => head.filter((w) => w.w === part).sort((a, b) => b.y0 - a.y0)[0]);
    for (const [i, w] of ws.entries()) expect(w, `the title "${t}" has its word "${t.split(' ')[i]}"`).toBeTruthy();
    return { t, x0: Math.min(...ws.map((w) => w.x0)), x1: Math.max(...ws.map((w) => w.x1)) };
  });
  // The first cell's row: a value under each column's title.
  const row = words.filter((w) => Math.abs(w.y0 - rowTop) < 3);
  const expected = ['1', null, '6', '6', '1', '2', '1', '1', '1', 'Hoàn'];
  for (const [i, c] of columns.entries()) {
    if (expected[i] === null) continue;
    const under = row.filter((w) => w.x1 > c.x0 - 6 && w.x0 < c.x1 + 6).map((w) => w.w);
    expect(under, `the value of column "${c.t}"`).toContain(expected[i]);
  }
  // The cell's name wraps inside its own column, whole.
  const nameColumn = words.filter((w) => w.y0 >= rowTop - 3 && w.x0 > columns[0].x1 && w.x1 <= columns[2].x0).map((w) => w.w).join(' ');
  expect(nameColumn).toContain('Chi bộ Khu dân cư số 1');
});
