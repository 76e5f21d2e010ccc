// Journey J2 and the link between years: review 2025 → commitment 2026 → review 2026.
import { readFileSync } from 'node:fs';
import { test, expect, open, fillTaskCounts } from './fixtures.mjs';

const FIXTURE = readFileSync(new URL('../../fixtures/format-v1/review-2b.json', import.meta.url), 'utf8');

test('last year\'s shortcomings become the plan, then section III, whose statuses the rules read', async ({ page }) => {
  // A finished 2025 review with two shortcomings, as a previous visit left it.
  await page.goto('/khong-co');
  await page.evaluate((v) => localStorage.setItem('kiemdiem/doc/6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11', JSON.stringify(JSON.parse(v))), FIXTURE);

  // The 2026 commitment, started from that review.
  await open(page, '/ban-cam-ket');
  await page.getByLabel('Cam kết cho năm').selectOption('2026');
  await expect(page.getByLabel('Lấy hạn chế từ bản kiểm điểm năm trước')).toHaveValue('6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bước 1/5: Thông tin chung');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await expect(page.getByText('Đã lấy 2 nội dung khắc phục từ bản kiểm điểm năm 2025')).toBeVisible();
  await page.getByRole('link', { name: /Nội dung cam kết/ }).click();
  await page.getByRole('group', { name: /Về tư tưởng chính trị/ }).or(page.locator('section', { hasText: 'Về tư tưởng chính trị' })).first()
    .getByLabel('Nội dung cam kết').fill('Học tập đầy đủ các nghị quyết của Đảng.');
  await page.getByRole('link', { name: /Kế hoạch khắc phục/ }).click();
  const plan1 = page.getByRole('group', { name: 'Dòng 1' });
  await expect(plan1.getByLabel('Hạn chế, khuyết điểm')).toHaveValue('Chậm nộp báo cáo tháng.');
  await expect(plan1.getByLabel('Biện pháp khắc phục')).toHaveValue('Nộp báo cáo trước ngày 25 hằng tháng.');
  await expect(page.getByRole('group', { name: 'Dòng 2' }).getByLabel('Hạn chế, khuyết điểm')).toHaveValue('Ít phát biểu trong sinh hoạt chi bộ.');
  await plan1.getByLabel('Thời hạn').fill('Quý I/2026');

  // The 2026 review, started from the commitment and the 2025 review.
  await open(page, '/ban-kiem-diem');
  await page.getByLabel('Năm kiểm điểm').selectOption('2026');
  await expect(page.getByLabel('Bản cam kết của năm này')).not.toHaveValue('');
  await expect(page.getByLabel('Bản kiểm điểm năm trước')).toHaveValue('6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11');
  await page.getByLabel(/^Mẫu 2B/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await page.getByRole('link', { name: /I\. Ưu điểm, kết quả/ }).click();
  await expect(page.getByLabel('Kết quả thực hiện bản cam kết')).toHaveValue(/1\. Về tư tưởng chính trị: đã cam kết: Học tập đầy đủ các nghị quyết của Đảng\./);

  await page.getByRole('link', { name: /III\. Khắc phục hạn chế kỳ trước/ }).click();
  const row1 = page.getByRole('group', { name: 'Dòng 1' });
  const row2 = page.getByRole('group', { name: 'Dòng 2' });
  await expect(row1.getByLabel('Hạn chế, khuyết điểm đã được chỉ ra')).toHaveValue('Chậm nộp báo cáo tháng.');
  await expect(row2.getByLabel('Hạn chế, khuyết điểm đã được chỉ ra')).toHaveValue('Ít phát biểu trong sinh hoạt chi bộ.');
  await expect(page.getByRole('group', { name: 'Dòng 3' })).toHaveCount(0);
  await row1.getByLabel('Đã được khắc phục').check();
  await row2.getByLabel('Đang khắc phục').check();

  // Part B: a score for xuất sắc, all tasks on time, 30 % exceeding.
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await page.getByLabel('1. Nhóm tiêu chí chung').fill('28');
  await page.getByLabel('2. Nhóm tiêu chí về kết quả').fill('65');
  await fillTaskCounts(page, [10, 10, 0, 0, 3]);
  await page.getByLabel('Hoàn thành xuất sắc nhiệm vụ').check();
  const findings = page.locator('#rule-findings');
  await expect(findings).toContainText('cần đã khắc phục 100\u00a0% hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước; còn 1/2');

  // Remedying the second shortcoming satisfies the rule.
  await page.getByRole('link', { name: /III\. Khắc phục hạn chế kỳ trước/ }).click();
  await page.getByRole('group', { name: 'Dòng 2' }).getByLabel('Đã được khắc phục').check();
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await expect(findings).toContainText('Mức đề xuất phù hợp');
});

test('a new document for someone already on this device starts with their identity', async ({ page }) => {
  await page.goto('/khong-co');
  await page.evaluate((v) => localStorage.setItem('kiemdiem/doc/6f1c2a4e-8b7d-4c1e-9a3f-2d5e7b9c0a11', JSON.stringify(JSON.parse(v))), FIXTURE);
  await open(page, '/ban-kiem-diem');
  await page.getByLabel('Bản kiểm điểm năm trước').selectOption('');
  await expect(page.getByLabel('Điền sẵn thông tin của')).not.toHaveValue('');
  await page.getByLabel(/^Mẫu 2C/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await expect(page.getByLabel('Ngày sinh')).toHaveValue('05/01/1980');
  await page.getByLabel('Chi bộ').fill('Chi bộ Hưu trí 2');
  await expect(page.getByLabel('Chi bộ')).toHaveValue('Chi bộ Hưu trí 2');
});
