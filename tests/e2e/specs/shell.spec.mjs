// The app shell: home page, routes, keyboard access, no foreign requests, CSP.
import { test, expect, open } from './fixtures.mjs';

const ENTRIES = [
  { name: 'Bản kiểm điểm cá nhân', path: '/ban-kiem-diem' },
  { name: 'Bản cam kết', path: '/ban-cam-ket' },
  { name: 'Chi bộ: thu nhận và tổng hợp', path: '/chi-bo' },
  { name: 'Bản nháp trên máy này', path: '/ban-nhap' },
];

test('the home page shows its Vietnamese headings and entry points', async ({ page }) => {
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm điểm đảng viên');
  for (const { name } of ENTRIES) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('contentinfo')).toContainText('chỉ được lưu trong trình duyệt trên máy này');
  await expect(page).toHaveTitle(/Kiểm điểm đảng viên/);
});

test('every request of every screen goes to the app\'s own origin', async ({ page, guard }) => {
  for (const path of ['/', ...ENTRIES.map((e) => e.path), '/khong-co-trang-nay']) {
    await open(page, path);
  }
  // The guard fixture fails the test on any foreign request; make sure it saw the app load.
  expect(guard.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(guard.requests.every((u) => u.startsWith(guard.origin))).toBe(true);
});

test('the home page and the editor each download only their own app', async ({ page, guard }) => {
  const wasm = () => guard.requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);
  await open(page, '/');
  // Trunk writes the main entry's hash without its leading zeros: 16 hex digits or fewer.
  expect(wasm()).toEqual([expect.stringMatching(/^\/kiemdiem-[0-9a-f]{1,16}_bg\.wasm$/)]);
  // Starting a review opens the editor's entry (the page reloads into it)…
  await page.getByRole('link', { name: 'Bản kiểm điểm cá nhân' }).click();
  await page.getByLabel(/^Mẫu 2B/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Bước 1\/\d+: Thông tin chung$/);
  expect(wasm().at(-1)).toMatch(/^\/kiemdiem-editor-[0-9a-f]{16}_bg\.wasm$/);
  // …where the review is written and its steps follow each other without another load.
  const loads = wasm().length;
  await page.getByLabel('Họ và tên').fill('Lê Văn Tám');
  await page.getByRole('link', { name: /I\. Ưu điểm/ }).click();
  await page.getByRole('link', { name: /Thông tin chung/ }).click();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Lê Văn Tám');
  expect(wasm().length).toBe(loads);
  // The draft written there is on the home entry's drafts page.
  await page.getByRole('link', { name: 'Kiểm điểm đảng viên' }).click();
  await page.getByRole('link', { name: 'Bản nháp trên máy này' }).click();
  await expect(page.getByText(/Lê Văn Tám/).first()).toBeVisible();
});

test('each entry point can be reached with the keyboard alone', async ({ page }) => {
  for (const { name, path } of ENTRIES) {
    await open(page, '/');
    // Tab from the top of the page until the entry's link has focus.
    let found = false;
    for (let i = 0; i < 20 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate((n) => document.activeElement?.textContent?.trim() === n, name);
    }
    expect(found, `Tab reaches "${name}"`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(path);
    // Focus moves to the new page's heading, so a screen reader announces where we are.
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(name);
  }
});

test('reload and the back button keep the user where they were', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: 'Bản nháp trên máy này' }).click();
  await expect(page).toHaveURL('/ban-nhap');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bản nháp trên máy này');
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm điểm đảng viên');
});

test('an unknown address shows a not-found page with a way home', async ({ page }) => {
  await open(page, '/khong-co-trang-nay');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm điểm đảng viên');
});

test('the Content-Security-Policy forbids inline scripts and remote origins', async ({ page, guard }) => {
  guard.expect(/inline script violates the following Content Security Policy/);
  await open(page, '/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/https?:/);
  // The policy is in force: an injected inline script does not run.
  const ran = await page.evaluate(async () => {
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    const violation = new Promise((r) => document.addEventListener('securitypolicyviolation', () => r(true), { once: true }));
    document.body.append(s);
    await violation;
    return window.__injected;
  });
  expect(ran).toBe(false);
});

test('the layout fits a 360 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const fits = async (what) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, what).toBeLessThanOrEqual(360);
  };
  for (const path of ['/', '/ban-kiem-diem', '/ban-cam-ket', '/ban-nhap', '/chi-bo']) {
    await open(page, path);
    await fits(path);
  }
  // A wizard step with list rows and a step with scores and choices.
  await open(page, '/ban-kiem-diem');
  await page.getByLabel(/^Mẫu 2A/).check();
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByText(/^Các bước: đã xong/).click();
  await page.getByRole('link', { name: /III\. Khắc phục hạn chế kỳ trước/ }).click();
  await page.getByRole('button', { name: 'Thêm dòng' }).click();
  await fits('section III with a row');
  // The step list stays open from one step to the next.
  await page.getByRole('link', { name: /B\. Tự đánh giá, xếp loại/ }).click();
  await page.getByLabel('Hoàn thành xuất sắc nhiệm vụ').check();
  await fits('Part B with findings');
});

test('the cell\'s first screen is an entry of its own, and a new workspace opens in the workspace\'s', async ({ page, guard }) => {
  const wasm = () => guard.requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);
  await open(page, '/chi-bo');
  expect(wasm()).toEqual([expect.stringMatching(/^\/kiemdiem-cell-home-[0-9a-f]{16}_bg\.wasm$/)]);
  await page.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ Khu phố 3');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Hồ sơ chi bộ');
  // The page reloaded into the workspace's entry, which found the new workspace and
  // focused its heading, as after any navigation.
  expect(wasm().at(-1)).toMatch(/^\/kiemdiem-cell-[0-9a-f]{16}_bg\.wasm$/);
  await expect(heading).toBeFocused();
  await expect(page.getByText('Chi bộ Khu phố 3').first()).toBeVisible();
});

test('with storage refused, /chi-bo starts the whole cell app, so a new workspace never crosses a reload', async ({ page, guard }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page, '/chi-bo');
  await expect(page.getByRole('alert').first()).toContainText('không cho trang lưu dữ liệu');
  await page.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ Khu phố 4');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ chi bộ');
  await expect(page.getByText('Chi bộ Khu phố 4').first()).toBeVisible();
  const wasm = guard.requests.filter((u) => u.endsWith('.wasm')).map((u) => new URL(u).pathname);
  expect(wasm).toEqual([expect.stringMatching(/^\/kiemdiem-cell-[0-9a-f]{16}_bg\.wasm$/)]);
});
