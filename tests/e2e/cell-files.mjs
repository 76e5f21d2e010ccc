// Member review files for the cell tests and the benchmark: the committed 2B fixture with
// another id, name and scores, and a correct digest (SHA-256 of the canonical JSON of the
// document: keys sorted, no spaces), exactly as the app exports them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/format-v1/review-2b.json', import.meta.url), 'utf8'));

function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The text of a review file. */
export function reviewFile({ n, name, general = '28', results = '65', level = 'HTXSNV', year = 2025 }) {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const doc = structuredClone(FIXTURE.document);
  doc.id = id;
  doc.year = year;
  doc.values.full_name = name;
  doc.values.birth_date = `${String((n % 28) + 1).padStart(2, '0')}/01/1980`;
  doc.values.general_points = general;
  doc.values.results_points = results;
  doc.values.proposed_level = level;
  const env = { ...FIXTURE, id, document: doc };
  env.sha256 = createHash('sha256').update(canonical(doc)).digest('hex');
  return JSON.stringify(env, null, 2) + '\n';
}

/** `count` distinct review files as Playwright file payloads. */
export function reviewPayloads(count, start = 1) {
  return Array.from({ length: count }, (_, i) => ({
    name: `kiem-diem-2025-dang-vien-${start + i}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(reviewFile({ n: start + i, name: `Đảng viên Số ${start + i}` })),
  }));
}
