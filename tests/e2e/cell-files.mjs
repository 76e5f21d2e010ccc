// Member review files for the cell tests and the benchmark: the committed 2B fixture with
// another id, name and scores, and a correct digest (SHA-256 of the canonical JSON of the
// document: keys sorted, no spaces), exactly as the app exports them.
import { createHash, generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import { readFileSync } from 'node:fs';

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/format-v1/review-2b.json', import.meta.url), 'utf8'));

/** The canonical JSON the digest is computed over: keys sorted, no spaces. */
export function canonical(value) {
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

function reviewEnvelope(n, name, level) {
  return JSON.parse(reviewFile({ n, name, level, general: level === 'HTXSNV' ? '28' : '25', results: level === 'HTXSNV' ? '65' : '55' }));
}

/**
 * The text of a cell's bundle, as the cell app exports it: `proposed` lists the level the
 * cell proposes for each member (one member each, with a review whose self-proposed level
 * is the same), `first` numbers the members' ids so that bundles never share a member.
 */
export function bundleFile({ cell, name, committee = 'Đảng bộ phường Ba Đình', year = 2025, proposed, first = 1, exported = '2025-12-20T10:31:00+07:00', collective = null }) {
  const id = `3c9e1f20-0000-4000-8000-${String(cell).padStart(12, '0')}`;
  const reviews = [];
  const members = proposed.map((level, i) => {
    const n = first + i;
    const env = reviewEnvelope(n, `Đảng viên ${n} ${name}`, level || 'HTTNV');
    env.document.year = year;
    env.sha256 = createHash('sha256').update(canonical(env.document)).digest('hex');
    reviews.push(env);
    const m = { id: env.id, name: `Đảng viên ${n} ${name}`, probationary: false, review: env.id, votes: { abstain: 0, against: 0, for: proposed.length, method: 'show_of_hands', present: proposed.length } };
    if (level) m.proposed = level;
    return m;
  });
  const workspace = {
    created: '2025-11-20T19:00:00+07:00', id, members,
    profile: { cap: { name: '', others_excellent: 0, others_good: 0, raised: false, wider: false }, cell: name, cell_type: 'under_grassroots', official_members: proposed.length, party_committee: committee, six_months_on: `31/12/${year}`, target_good_percent: 90, threshold_excellent: 'more_than_half', threshold_other: 'more_than_half', year },
    updated: exported,
  };
  const document = { reviews, summary: {}, workspace };
  if (collective) document.collective = collective;
  const env = { format: 'kiemdiem', format_version: 1, app_version: '0.1.0', kind: 'cell_bundle', id, created: '2025-11-20T19:00:00+07:00', updated: exported, document };
  env.sha256 = createHash('sha256').update(canonical(document)).digest('hex');
  return JSON.stringify(env) + '\n';
}

/** A bundle as a Playwright file payload. */
export function bundlePayload(file, options) {
  return { name: file, mimeType: 'application/json', buffer: Buffer.from(bundleFile(options)) };
}

/**
 * The text of a committee's decision file for the cell `cell` of bundleFile (same ids),
 * made at `made`: `levels` gives each member's final level, in the bundle's order.
 */
export function decisionFile({ cell, name, levels, first = 1, made, committee = 'Đảng ủy phường Ba Đình', year = 2025, decidedAt, revision }) {
  const members = levels.map((level, i) => {
    const n = first + i;
    return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, level, name: `Đảng viên ${n} ${name}` };
  });
  const part = { cell: `3c9e1f20-0000-4000-8000-${String(cell).padStart(12, '0')}`, members, name };
  // The committee's own time and revision of the decision (absent in files of earlier versions).
  if (decidedAt) part.decided_at = decidedAt;
  if (revision) part.revision = revision;
  const document = { cells: [part], committee, level: 'grassroots', year };
  const id = `5d0e2f31-0000-4000-8000-${made.replace(/\D/g, '').slice(0, 12)}`;
  const env = { format: 'kiemdiem', format_version: 1, app_version: '0.1.0', kind: 'committee_decision', id, created: made, updated: made, document };
  env.sha256 = createHash('sha256').update(canonical(document)).digest('hex');
  return JSON.stringify(env) + '\n';
}

/**
 * A cell's signing key as its browser makes one (ECDSA P-256): `sign(text)` gives the file
 * text with the envelope's signature, over the same bytes the app signs (the envelope
 * without its payload and signature, fields in the envelope's order, compact JSON).
 */
export function cellKey() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const raw = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
  return {
    sign(text) {
      const env = JSON.parse(text);
      const signed = { format: env.format, format_version: env.format_version, app_version: env.app_version, kind: env.kind };
      if (env.template) signed.template = env.template;
      Object.assign(signed, { id: env.id, created: env.created, updated: env.updated, sha256: env.sha256 });
      const value = cryptoSign('sha256', Buffer.from(JSON.stringify(signed)), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      env.signature = { algorithm: 'ECDSA-P256-SHA256', key: raw.toString('hex'), value: value.toString('hex') };
      return JSON.stringify(env) + '\n';
    },
  };
}
