// An independent check of the file format: the committed JSON Schemas (generated from the
// Rust types) validate the committed fixtures with ajv, and reject broken files.
// Run by `node --test` from .ci/test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

function validator(name) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // schemars marks integer widths with formats of its own.
  ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff });
  return ajv.compile(read(`schema/${name}.schema.json`));
}

const schemaFor = { review: 'review', commitment: 'commitment', backup: 'backup', cell_review: 'cell-review', cell_bundle: 'cell-bundle', criteria_pack: 'criteria-pack', committee_decision: 'committee-decision', committee_report: 'committee-report' };

test('every fixture validates against the schema of its kind and the envelope schema', () => {
  const envelope = validator('envelope');
  const dirs = readdirSync(new URL('tests/fixtures/', root)).filter((d) => d.startsWith('format-v'));
  let count = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(new URL(`tests/fixtures/${dir}/`, root))) {
      const file = read(`tests/fixtures/${dir}/${name}`);
      assert.ok(envelope(file), `${dir}/${name}: ${JSON.stringify(envelope.errors)}`);
      const byKind = validator(schemaFor[file.kind]);
      assert.ok(byKind(file), `${dir}/${name}: ${JSON.stringify(byKind.errors)}`);
      count++;
    }
  }
  assert.ok(count >= 4, 'fixtures were found');
});

test('the schemas reject what the app refuses', () => {
  const review = validator('review');
  const good = read('tests/fixtures/format-v1/review-2b.json');
  assert.ok(review(good));
  const { id, ...noId } = good;
  assert.equal(review(noId), false, 'a missing id');
  assert.equal(review({ ...good, extra: 1 }), false, 'an unknown field');
  assert.equal(review({ ...good, created: '05/01/2026' }), false, 'a date that is not RFC 3339');
  assert.equal(review({ ...good, document: { ...good.document, year: '2025' } }), false, 'a year as text');
});
