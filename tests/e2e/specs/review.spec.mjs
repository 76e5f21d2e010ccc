// Journey J1: a member writes a complete 2B review through the visible labels.
import { test, expect, open, fillTaskCounts } from './fixtures.mjs';

/** Starts a new 2B review for 2025 and waits for its first step. */
async function start2B(page) {
  await open(page, '/ban-kiem-diem');
  await page.getByLabel('Năm kiểm điểm').selectOption('2025');
  await page.getByLabel(/^Mẫu 2B/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bước 1/8: Thông tin chung');
}

async function next(page, heading) {
  await page.getByRole('link', { name: 'Tiếp tục' }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  await expect(h1).toBeFocused();
}

test('two plain questions pick the form', async ({ page }) => {
  await open(page, '/ban-kiem-diem');
  await page.getByText('Chưa rõ nên dùng mẫu nào?').click();
  await page.getByRole('group', { name: /hệ thống chính trị/ }).getByLabel('Không').check();
  await expect(page.getByText(/Đồng chí dùng Mẫu 2C/)).toBeVisible();
  await expect(page.getByLabel(/^Mẫu 2C/)).toBeChecked();
  await page.getByRole('group', { name: /hệ thống chính trị/ }).getByLabel('Có').check();
  await page.getByRole('group', { name: /lãnh đạo, quản lý không/ }).getByLabel('Có').check();
  await expect(page.getByLabel(/^Mẫu 2A/)).toBeChecked();
  await page.getByRole('group', { name: /lãnh đạo, quản lý không/ }).getByLabel('Không').check();
  await expect(page.getByLabel(/^Mẫu 2B/)).toBeChecked();
});

test('starting without a form says what to do and focuses the choice', async ({ page }) => {
  await open(page, '/ban-kiem-diem');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page.getByText('Hãy chọn một mẫu')).toBeVisible();
  await expect(page.getByLabel(/^Mẫu 2A/)).toBeFocused();
});

test('a member fills a complete 2B review and finishes it', async ({ page }) => {
  await start2B(page);

  // Identity, with a wrong date corrected after the message beside it.
  await page.getByLabel('Đảng bộ').fill('Đảng bộ Phường Ba Đình');
  await page.getByLabel('Chi bộ').fill('Chi bộ Khu phố 3');
  await page.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  const birth = page.getByLabel('Ngày sinh');
  await birth.fill('31/02/1980');
  await birth.blur();
  const error = page.locator('#e-birth_date');
  await expect(error).toHaveText(/Không có ngày này/);
  await expect(birth).toHaveAttribute('aria-describedby', /e-birth_date/);
  await expect(birth).toHaveAttribute('aria-invalid', 'true');
  await birth.fill('05/01/1980');
  await expect(error).toBeEmpty();
  await page.getByLabel('Đơn vị công tác').fill('Sở Tư pháp');
  await page.getByLabel('Địa danh').fill('Hà Nội');
  await expect(page.getByText('Nguyễn Văn An', { exact: false }).first()).toBeVisible();

  await next(page, 'Bước 2/8: I. Ưu điểm, kết quả');
  await page.getByLabel('Nội dung tự kiểm điểm mục 1').fill('Giữ vững lập trường, tham gia đầy đủ sinh hoạt chi bộ.');
  for (const group of ['tư tưởng chính trị', 'đạo đức, lối sống', 'tự chuyển hoá']) {
    await page.getByRole('group', { name: new RegExp(group) }).getByLabel('Không có biểu hiện').check();
  }
  await page.getByLabel('Nội dung tự kiểm điểm mục 2').fill('Hoàn thành 10 nhiệm vụ, 3 nhiệm vụ vượt mức.');
  await page.getByLabel('Kết quả thực hiện bản cam kết').fill('Thực hiện đủ 4 nội dung đã cam kết.');

  await next(page, 'Bước 3/8: II. Hạn chế, nguyên nhân');
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  const row1 = page.getByRole('group', { name: 'Dòng 1' });
  await expect(row1.getByLabel('Hạn chế, khuyết điểm')).toBeFocused();
  await page.keyboard.type('Chậm nộp báo cáo tháng');
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await page.getByRole('group', { name: 'Dòng 2' }).getByLabel('Hạn chế, khuyết điểm').fill('Ít phát biểu trong sinh hoạt');
  await page.getByRole('button', { name: 'Chuyển dòng 2 lên' }).click();
  await expect(page.getByRole('status').or(page.locator('.rows-status'))).toContainText('Đã chuyển dòng 2 đến vị trí 1');
  await expect(row1.getByLabel('Hạn chế, khuyết điểm')).toHaveValue('Ít phát biểu trong sinh hoạt');
  await page.getByLabel('Nguyên nhân', { exact: true }).fill('Chưa sắp xếp thời gian hợp lý.');

  await next(page, 'Bước 4/8: III. Khắc phục hạn chế kỳ trước');
  await page.getByLabel('Không có (mục này không có nội dung)').check();

  await next(page, 'Bước 5/8: IV–V. Giải trình, trách nhiệm');
  for (const box of await page.getByLabel('Không có (mục này không có nội dung)').all()) await box.check();

  await next(page, 'Bước 6/8: VI. Phương hướng khắc phục');
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await page.getByRole('group', { name: 'Dòng 1' }).getByLabel('Biện pháp').fill('Lập lịch nộp báo cáo trước ngày 25 hằng tháng.');

  await next(page, 'Bước 7/8: B. Tự đánh giá, xếp loại');
  const total = page.locator('.score-total');
  await page.getByLabel('1. Nhóm tiêu chí chung').fill('27,5');
  await page.getByLabel('2. Nhóm tiêu chí về kết quả').fill('60');
  await expect(total).toContainText('87,5');
  await expect(total.locator('.band')).toHaveText('Hoàn thành tốt nhiệm vụ');
  await fillTaskCounts(page, [10, 10, 0, 0, 3]);
  await page.getByLabel('Không bị kỷ luật').check();
  await page.getByRole('group', { name: /kết luận có biểu hiện suy thoái/ }).getByLabel('Không').check();

  const findings = page.locator('#rule-findings');
  await page.getByLabel('Hoàn thành xuất sắc nhiệm vụ').check();
  await expect(findings).toContainText('Tổng điểm 87,5 thuộc khung "Hoàn thành tốt nhiệm vụ"');
  // Raising the score clears the band finding live.
  await page.getByLabel('2. Nhóm tiêu chí về kết quả').fill('65');
  await expect(total.locator('.band')).toHaveText('Hoàn thành xuất sắc nhiệm vụ');
  await expect(findings).toContainText('Mức đề xuất phù hợp');
  // Issue 30, item 15: no verdict while a score is invalid (45 of 30 points).
  await page.getByLabel('1. Nhóm tiêu chí chung').fill('45');
  await expect(findings).toContainText('Kết quả kiểm tra mức xếp loại sẽ hiện khi các ô sau đã nhập đúng: 1. Nhóm tiêu chí chung');
  await expect(findings).not.toContainText('phù hợp');
  await expect(findings.locator('.finding-ok')).toHaveCount(0);
  await page.getByLabel('1. Nhóm tiêu chí chung').fill('27,5');
  await expect(findings).toContainText('Mức đề xuất phù hợp');
  // A late task breaks the "100% đúng hạn" condition of xuất sắc.
  await page.getByLabel('Số nhiệm vụ hoàn thành đúng hạn').fill('9');
  await page.getByLabel('Số nhiệm vụ hoàn thành nhưng chậm tiến độ').fill('1');
  await expect(findings).toContainText('cần hoàn thành 100\u00a0% nhiệm vụ đúng hạn');
  await page.getByLabel('Số nhiệm vụ hoàn thành đúng hạn').fill('10');
  await page.getByLabel('Số nhiệm vụ hoàn thành nhưng chậm tiến độ').fill('0');
  await expect(findings).toContainText('Mức đề xuất phù hợp');
  // One task undone and nothing of khoản 4: no level the text defines. A warning says the
  // competent level decides; nothing forces "Không hoàn thành nhiệm vụ".
  await page.getByLabel('Hoàn thành nhiệm vụ', { exact: true }).check();
  await page.getByLabel('Số nhiệm vụ hoàn thành đúng hạn').fill('9');
  await page.getByLabel('Số nhiệm vụ không hoàn thành').fill('1');
  await expect(findings).toContainText('không thuộc mức nào Quy định 366-QĐ/TW nêu rõ');
  await expect(findings).toContainText('cấp có thẩm quyền xem xét, quyết định');
  await expect(findings).not.toContainText('Chưa phù hợp');
  await page.getByLabel('Số nhiệm vụ hoàn thành đúng hạn').fill('10');
  await page.getByLabel('Số nhiệm vụ không hoàn thành').fill('0');
  await page.getByLabel('Hoàn thành xuất sắc nhiệm vụ').check();
  await expect(findings).toContainText('Mức đề xuất phù hợp');

  await next(page, 'Bước 8/8: Xem lại và hoàn thành');
  await expect(page.getByRole('heading', { name: 'Không còn chỗ nào cần điền hoặc sửa' })).toBeVisible();
  await expect(page.getByText('Các bước: đã xong 7/7 bước')).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const done = page.locator('#finished-message');
  await expect(done).toContainText('Đã hoàn thành');
  await expect(done).toBeFocused();
});

test('finishing an incomplete review focuses the first problem, whose link leads to the field', async ({ page }) => {
  await start2B(page);
  await page.getByRole('link', { name: /Xem lại và hoàn thành/ }).click();
  await expect(page.getByRole('heading', { name: /^Còn \d+ chỗ cần điền hoặc sửa$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn thành' }).click();
  const first = page.locator('#problem-0');
  await expect(first).toBeFocused();
  await expect(first).toContainText('Thông tin chung · Đảng bộ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bước 1/8: Thông tin chung');
  await expect(page.getByLabel('Đảng bộ')).toBeFocused();
  await expect(page.locator('#e-party_committee')).toHaveText(/Chưa điền/);
  // The progress shows which steps have problems.
  await expect(page.getByRole('navigation', { name: 'Các bước' })).toContainText('còn');
});

test('a step can be worked with the keyboard alone', async ({ page }) => {
  await start2B(page);
  await page.getByRole('link', { name: '3. II. Hạn chế, nguyên nhân' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Tab to "Thêm dòng", add a row, type into it: focus lands in the new row.
  const add = page.getByRole('button', { name: 'Thêm dòng' });
  for (let i = 0; i < 40 && !(await add.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  // Focus moves into the new row once it is drawn; type only then, as a person would.
  await expect(page.getByRole('group', { name: 'Dòng 1' }).getByLabel('Hạn chế, khuyết điểm')).toBeFocused();
  await page.keyboard.type('Chậm nộp báo cáo');
  await expect(page.getByRole('group', { name: 'Dòng 1' }).getByLabel('Hạn chế, khuyết điểm')).toHaveValue('Chậm nộp báo cáo');
  // Radios answer to the arrow keys: the proposed level in Part B.
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Hoàn thành xuất sắc nhiệm vụ').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Hoàn thành xuất sắc nhiệm vụ')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Hoàn thành tốt nhiệm vụ')).toBeChecked();
  await expect(page.locator('#rule-findings')).toContainText('Chưa nhập đủ số liệu nhiệm vụ');
});
