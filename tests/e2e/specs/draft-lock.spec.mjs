// Issue 31, item 10: an optional passphrase lock on a member's drafts, for a shared office
// computer. Locked drafts are unreadable in storage; each new tab asks once; a wrong
// passphrase is named at its field; the lock comes off without losing a draft.
import { test, expect, open, audit, seedReviewFixture, REVIEW_FIXTURE_ID } from './fixtures.mjs';

const PASS = 'chi bộ số 3';
const stored = (page) => page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('kiemdiem/doc/')).map(([, v]) => v).join('\n'));

test('locked drafts are sealed in storage, asked for once per tab, and unlocked without loss', async ({ page, context }) => {
  await seedReviewFixture(page);
  await open(page, '/ban-nhap');
  const section = page.getByRole('region', { name: 'Khoá bản nháp bằng mật khẩu' });
  const first = section.getByLabel('Mật khẩu mới (ít nhất 8 ký tự)');
  const second = section.getByLabel('Nhập lại mật khẩu');

  // Too short, then not repeated: each named at its field, focused, nothing locked.
  await first.fill('ngắn');
  await second.fill('ngắn');
  await section.getByRole('button', { name: 'Khoá các bản nháp' }).click();
  await expect(page.locator('#khoa-mat-khau-loi')).toHaveText('Mật khẩu cần ít nhất 8 ký tự (hiện có 4).');
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-describedby', 'khoa-canh-bao khoa-mat-khau-loi');
  await first.fill(PASS);
  await second.fill('chi bo so 3');
  await section.getByRole('button', { name: 'Khoá các bản nháp' }).click();
  await expect(page.locator('#khoa-nhap-lai-loi')).toHaveText(/Hai lần nhập mật khẩu không giống nhau/);
  await expect(second).toBeFocused();
  await audit(page, 'the drafts page with the lock section');
  expect(await stored(page)).toContain('Nguyễn Văn An');

  // Locked: the draft is sealed in storage, and this tab goes on working with it.
  await second.fill(PASS);
  await section.getByRole('button', { name: 'Khoá các bản nháp' }).click();
  await expect(section.getByRole('status')).toHaveText(/^Đã khoá 1 bản nháp\./);
  expect(await stored(page)).not.toContain('Nguyễn Văn An');
  expect(await stored(page)).toContain('kiemdiem-khoa:1:');
  await open(page, `/ban-kiem-diem/${REVIEW_FIXTURE_ID}/thong-tin`);
  await page.getByLabel('Họ và tên').fill('Nguyễn Văn Bình');
  await expect(page.getByText(/Đã lưu/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn Bình');
  expect(await stored(page)).not.toContain('Nguyễn Văn');

  // The cell's app in a tab without the passphrase neither shows nor quarantines the draft.
  const cell = await context.newPage();
  await open(cell, '/chi-bo');
  await expect(cell.getByRole('heading', { level: 1 })).toHaveText('Chi bộ: thu nhận và tổng hợp');
  await expect(cell.getByText(/mục lưu trữ không đọc được/)).toHaveCount(0);
  await cell.close();

  // A new tab asks first: a wrong passphrase is named and changes nothing.
  // The editor's address sends it to the page that asks, which comes back after.
  const other = await context.newPage();
  await open(other, `/ban-kiem-diem/${REVIEW_FIXTURE_ID}/thong-tin`);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Bản nháp đang được khoá');
  await expect(other.getByText('Nguyễn Văn Bình')).toHaveCount(0);
  const field = other.getByLabel('Mật khẩu', { exact: true });
  await field.fill('chi bộ số 4');
  await other.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'Mật khẩu không đúng.' })).toBeVisible();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await audit(other, 'the page asking for the passphrase');
  // The same passphrase typed with another Vietnamese keyboard (letters and separate marks).
  await field.fill(PASS.normalize('NFD'));
  await other.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(other.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn Bình');
  await open(other, '/ban-nhap');
  await expect(other.getByRole('link', { name: /Nguyễn Văn Bình/ })).toBeVisible();
  // Once per visit: the print view in this tab opens without asking.
  await open(other, `/in/van-ban/${REVIEW_FIXTURE_ID}`);
  await expect(other.getByText('Nguyễn Văn Bình').first()).toBeVisible();

  // "Khoá lại ngay": this tab asks again.
  await open(other, '/ban-nhap');
  await other.getByRole('button', { name: 'Khoá lại ngay' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Bản nháp đang được khoá');
  await other.close();

  // The lock comes off: every draft in clear again, and a new tab does not ask.
  await open(page, '/ban-nhap');
  await page.getByRole('button', { name: 'Bỏ khoá' }).click();
  await expect(page.getByRole('region', { name: 'Khoá bản nháp bằng mật khẩu' }).getByRole('status')).toHaveText('Đã bỏ khoá: các bản nháp trên máy này không còn cần mật khẩu.');
  expect(await stored(page)).toContain('Nguyễn Văn Bình');
  expect(await page.evaluate(() => localStorage.getItem('kiemdiem/lock'))).toBeNull();
  const last = await context.newPage();
  await open(last, '/ban-nhap');
  await expect(last.getByRole('link', { name: /Nguyễn Văn Bình/ })).toBeVisible();
});
