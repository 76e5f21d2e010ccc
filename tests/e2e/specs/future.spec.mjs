// Issue 31, item 4: a file dated in the future never wins. On the drafts, the cell's import
// and the committee's import, such a file is refused with its date, and the genuine file
// that follows is taken as usual.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { test, expect, open, newCellWorkspace, REVIEW_FIXTURE, newCommitteeImport } from './fixtures.mjs';
import { bundleFile, canonical } from '../cell-files.mjs';

/** The fixture review, dated `when`, with a correct digest; `change` edits its document. */
function reviewAt(when, name = 'tuong-lai.json', change = () => {}) {
  const env = JSON.parse(readFileSync(REVIEW_FIXTURE, 'utf8'));
  env.document.updated = when;
  env.updated = when;
  change(env.document);
  env.sha256 = createHash('sha256').update(canonical(env.document)).digest('hex');
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(env)) };
}

// Issue 31, item 4: the same time with other content is neither newer: both are kept, and
// the report says so; the same file again, or the draft renamed here, is not another version.
test('a file of the same time with other content is kept beside the draft, not called older', async ({ page }) => {
  await open(page, '/ban-nhap');
  const input = page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu');
  const when = '2026-01-05T08:00:00+07:00';
  await input.setInputFiles(reviewAt(when, 'mot.json'));
  await expect(page.locator('.draft-list .draft')).toHaveCount(1);
  await input.setInputFiles(reviewAt(when, 'mot-lai.json'));
  await expect(page.locator('.import-report')).toContainText('đã có trên máy, không thay đổi gì');
  await input.setInputFiles(reviewAt(when, 'khac.json', (d) => { d.values.full_name = 'Nguyễn Văn Khác'; }));
  const report = page.locator('.import-report');
  await expect(report).toContainText('Tệp "khac.json"');
  await expect(report).toContainText('bản trong tệp được lưu thành bản riêng');
  await expect(report).not.toContainText('mới hơn tệp');
  await expect(page.locator('.draft-list .draft')).toHaveCount(2);
});

test('a review or a bundle dated in the future is refused, and the genuine file is taken', async ({ page }) => {
  await open(page, '/ban-nhap');
  const input = page.getByLabel('Nhập tệp đã xuất hoặc khôi phục từ tệp sao lưu');
  await input.setInputFiles(reviewAt('9999-01-01T08:00:00+07:00'));
  await expect(page.locator('.import-report')).toContainText('ghi thời điểm sửa là 01/01/9999 08:00, sau thời điểm hiện tại của máy này, nên không được nhận');
  await expect(page.locator('.draft-list .draft')).toHaveCount(0);
  await input.setInputFiles({ name: 'that.json', mimeType: 'application/json', buffer: readFileSync(REVIEW_FIXTURE) });
  await expect(page.locator('.draft-list .draft')).toHaveCount(1);

  await newCellWorkspace(page);
  await page.getByLabel(/Chọn các tệp bản kiểm điểm/).setInputFiles(reviewAt('9999-01-01T08:00:00+07:00'));
  await expect(page.locator('.import-report')).toContainText('sau thời điểm hiện tại của máy này, nên không được nhận');
  await expect(page.locator('table.roster tbody tr')).toHaveCount(0);

  await newCommitteeImport(page);
  const bundle = (exported) => ({ name: `goi-${exported.slice(0, 4)}.json`, mimeType: 'application/json', buffer: Buffer.from(bundleFile({ cell: 1, name: 'Chi bộ 1', proposed: ['HTTNV'], exported })) });
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles(bundle('9999-01-01T08:00:00+07:00'));
  await expect(page.locator('.import-report')).toContainText('Tệp "goi-9999.json" là gói của Chi bộ 1 ghi thời điểm xuất là 01/01/9999 08:00, sau thời điểm hiện tại của máy này, nên không được nhận');
  await page.getByLabel(/Chọn các tệp gói chi bộ/).setInputFiles(bundle('2025-12-20T10:31:00+07:00'));
  await expect(page.locator('.import-summary')).toContainText('1 tệp được nhận');
});
