// Journey J3 as a meeting is run with it (issue "The cell meeting, on a laptop and on a
// phone"): the path from screen to screen, the meeting view walked with the keyboard alone,
// the roster as a table on a laptop and as cards on a phone, the grouped rules panel, and the
// summary's chart and percentages, at 1280×800 and 360×740.
import { test, expect, open, audit, newCellWorkspace } from './fixtures.mjs';
import { reviewPayloads } from '../cell-files.mjs';

const SIZES = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

/** Fails when the page scrolls sideways. */
async function expectNoSidewaysScroll(page, what) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${what} scrolls sideways (${scroll} px in ${client} px)`).toBeLessThanOrEqual(client);
}

/** Presses Tab until the focused element matches `test` (keyboard only); fails after 60. */
async function tabTo(page, test, what) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** A workspace with five members' files imported, on its roster. Returns the workspace's base path. */
async function workspaceWithFive(page) {
  await newCellWorkspace(page);
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewPayloads(5));
  await expect(page.locator('.import-summary')).toContainText('5 nhận mới');
  return new URL(page.url()).pathname;
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('no cell screen scrolls sideways, and the proposed level shows its whole name', async ({ page }) => {
      await open(page, '/chi-bo');
      await expectNoSidewaysScroll(page, '/chi-bo');
      const base = await workspaceWithFive(page);
      await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
      // The select is at least as wide as the browser makes it when it sizes it to its
      // options (the longest level name, the padding and the arrow).
      const [needed, has] = await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1').evaluate((select) => {
        const free = select.cloneNode(true);
        free.style.cssText = 'width:auto;min-width:0;max-width:none;position:absolute;visibility:hidden';
        select.parentElement.append(free);
        const width = free.getBoundingClientRect().width;
        free.remove();
        return [width, select.getBoundingClientRect().width];
      });
      expect(needed, 'the level name fits in its select').toBeLessThanOrEqual(has);
      await audit(page, `roster at ${size.name}`);
      if (size.name === 'phone') {
        // Cards: each member's own box, the table's header row out of sight.
        await expect(page.locator('table.roster thead')).not.toBeInViewport();
        await expect(page.locator('table.roster tbody tr').first()).toHaveCSS('display', 'block');
      } else {
        await expect(page.locator('table.roster thead')).toBeVisible();
      }
      const member = await page.getByRole('link', { name: 'Đảng viên Số 1' }).getAttribute('href');
      for (const path of [base, `${base}/ho-so`, `${base}/hoi-nghi`, member, `${base}/quy-dinh`, `${base}/bao-cao/thong-tin`, `${base}/bao-cao/xem-lai`, `${base}/tong-hop`, `${base}/xuat`]) {
        await open(page, path);
        await expectNoSidewaysScroll(page, path);
      }
    });

    test('the meeting walks every member with the keyboard alone and records a vote', async ({ page }) => {
      const base = await workspaceWithFive(page);
      await open(page, `${base}/hoi-nghi`);
      await expect(page.locator('.meeting-progress')).toContainText('Đã xét 0/5 · đồng chí thứ 1/5');
      await audit(page, `meeting at ${size.name}`);
      const name = page.locator('#hn-ten');
      await expect(name).toHaveText('Đảng viên Số 1');

      // Member 1: "Hoàn thành tốt nhiệm vụ" chosen with the arrow keys, then the votes typed.
      await page.locator('#hn-ten').focus();
      await tabTo(page, () => document.activeElement?.name === 'de-xuat', 'the proposed level');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('radio', { name: 'Hoàn thành tốt nhiệm vụ' })).toBeChecked();
      await tabTo(page, () => document.activeElement?.id === 'co-mat', 'the members present');
      await page.keyboard.type('9');
      await page.keyboard.press('Tab');
      await page.keyboard.type('8');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1');
      await page.keyboard.press('Tab');
      await page.keyboard.type('0');
      await expect(page.locator('.meeting-progress')).toContainText('Đã xét 1/5');

      // Alt+N to the end: each member's name is announced by taking focus.
      for (let i = 2; i <= 5; i++) {
        await page.keyboard.press('Alt+KeyN');
        await expect(name).toHaveText(`Đảng viên Số ${i}`);
        await expect(name).toBeFocused();
        await expect(page.locator('.meeting-progress')).toContainText(`đồng chí thứ ${i}/5`);
      }
      // The last member leads on to the rules; Alt+N stays put.
      await page.keyboard.press('Alt+KeyN');
      await expect(name).toHaveText('Đảng viên Số 5');
      await expect(page.getByRole('link', { name: /sang Kiểm tra quy định/ })).toBeVisible();
      // And back with Alt+P, to the vote recorded on the first.
      for (let i = 4; i >= 1; i--) {
        await page.keyboard.press('Alt+KeyP');
        await expect(name).toHaveText(`Đảng viên Số ${i}`);
      }
      await expect(page.getByLabel('Số phiếu tán thành')).toHaveValue('8');
      await expect(page.getByRole('radio', { name: 'Hoàn thành tốt nhiệm vụ' })).toBeChecked();

      // What the meeting recorded is the roster's, and survives a reload.
      await open(page, base);
      const row = page.locator('table.roster tbody tr').filter({ hasText: 'Đảng viên Số 1' });
      await expect(row).toContainText('8/1/0');
      await expect(page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1')).toHaveValue('HTTNV');
    });
  });
}

test('each screen of J3 says what comes next and links to it', async ({ page }) => {
  await open(page, '/chi-bo');
  await page.getByLabel('Chi bộ', { exact: true }).fill('Chi bộ Khu phố 3');
  await page.getByLabel('Năm kiểm điểm').fill('2025');
  await page.getByRole('button', { name: 'Lập hồ sơ chi bộ' }).click();
  const next = page.getByRole('navigation', { name: 'Bước tiếp theo' }).getByRole('link');
  const heading = page.getByRole('heading', { level: 1 });

  await expect(heading).toHaveText('Hồ sơ chi bộ');
  await next.click();
  await expect(heading).toHaveText('Danh sách đảng viên');
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewPayloads(2));
  // The import's report leads to the roster; the roster to the meeting.
  await page.locator('.import-box').getByRole('link', { name: 'Xem danh sách đảng viên' }).click();
  await expect(page.locator('#danh-sach')).toBeInViewport();
  await page.getByRole('link', { name: 'Họp chi bộ: xét từng đồng chí' }).click();
  await expect(heading).toHaveText('Hội nghị: xét từng đồng chí');
  // Proposing a level keeps the meeting on this member (no vote yet: a finding for the rules).
  await page.getByRole('radio', { name: 'Hoàn thành xuất sắc nhiệm vụ' }).check();
  await expect(page.locator('.meeting-progress')).toContainText('Đã xét 1/2');
  await expect(page.locator('#hn-ten')).toHaveText('Đảng viên Số 1');
  await page.getByRole('button', { name: 'Đồng chí tiếp theo' }).first().click();
  await expect(page.locator('#hn-ten')).toHaveText('Đảng viên Số 2');
  await next.click();
  await expect(heading).toHaveText('Kiểm tra quy định');
  // The rules panel, grouped by what to do, each finding naming its member.
  await expect(page.getByRole('heading', { name: /^Cần xem lại, cấp có thẩm quyền xem xét, quyết định \(\d+\)$/ })).toBeVisible();
  await expect(page.locator('.finding-group').getByRole('link', { name: 'Đảng viên Số 1' }).first()).toBeVisible();
  await next.click();
  await expect(heading).toHaveText('Bước 1/8: Thông tin chung');
  await expect(page).toHaveURL(/\/bao-cao\/thong-tin$/);
  await open(page, new URL(page.url()).pathname.replace(/[^/]+$/, 'xem-lai'));
  await next.click();
  await expect(heading).toHaveText('Tổng hợp kết quả');
  // One way of writing a share, everywhere: one decimal, a non-breaking space.
  for (const cell of await page.locator('.summary-table td:nth-child(3), .summary-table td:nth-child(5)').allTextContents()) {
    expect(cell).toMatch(/^\d{1,3},\d\u00a0%$/);
  }
  // The chart's labels sit above their bars at every width: never on them.
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const overlaps = await page.locator('.chart-group').evaluateAll((groups) => groups.filter((g) => {
      const label = g.querySelector('.chart-label').getBoundingClientRect();
      return [...g.querySelectorAll('.chart-bar')].some((b) => b.getBoundingClientRect().top < label.bottom);
    }).length);
    expect(overlaps, `labels over bars at ${width} px`).toBe(0);
  }
  await next.click();
  await expect(heading).toHaveText('Xuất tệp gửi cấp trên');
});

test('the grouped rules panel passes the accessibility audit', async ({ page }) => {
  await workspaceWithFive(page);
  await page.getByLabel('Mức chi bộ đề xuất cho Đảng viên Số 1').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
  await page.getByRole('link', { name: 'Kiểm tra quy định', exact: true }).click();
  await expect(page.locator('.finding-group').first()).toBeVisible();
  await audit(page, 'grouped rules panel');
});

test('each member of the meeting shows only the votes recorded for that member, after next, previous, the jump and a reload', async ({ page }) => {
  const base = await workspaceWithFive(page);
  await open(page, `${base}/hoi-nghi`);
  const name = page.locator('.meeting-name');
  const boxes = ['Số đảng viên chính thức có mặt', 'Số phiếu tán thành', 'Số phiếu không tán thành', 'Số không biểu quyết'];
  const expectVotes = async (values) => {
    for (const [i, label] of boxes.entries()) await expect(page.getByLabel(label)).toHaveValue(values[i]);
  };
  await expect(name).toHaveText('Đảng viên Số 1');
  for (const [i, v] of ['9', '8', '1', '0'].entries()) await page.getByLabel(boxes[i]).fill(v);
  // Next: the second member has nothing recorded, and shows nothing.
  await page.getByRole('button', { name: 'Đồng chí tiếp theo' }).first().click();
  await expect(name).toHaveText('Đảng viên Số 2');
  await expectVotes(['', '', '', '']);
  await page.getByLabel(boxes[1]).fill('7');
  // The jump select back to the first, then next and previous, then a reload.
  await page.getByLabel('Chuyển đến đồng chí').selectOption({ index: 0 });
  await expect(name).toHaveText('Đảng viên Số 1');
  await expectVotes(['9', '8', '1', '0']);
  await page.getByRole('button', { name: 'Đồng chí tiếp theo' }).first().click();
  await expect(name).toHaveText('Đảng viên Số 2');
  await expectVotes(['', '7', '', '']);
  await page.keyboard.press('Alt+KeyN');
  await expect(name).toHaveText('Đảng viên Số 3');
  await expectVotes(['', '', '', '']);
  await page.getByRole('button', { name: 'Đồng chí trước' }).first().click();
  await expect(name).toHaveText('Đảng viên Số 2');
  await page.reload();
  await expect(name).toHaveText('Đảng viên Số 2');
  await expectVotes(['', '7', '', '']);
});
