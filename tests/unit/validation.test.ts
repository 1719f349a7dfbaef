import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/data';
import { formatError } from '@/lib/data/errors';
import { errorsFor, FIXTURES, requireSeeds } from './helpers';

describe('the real data', () => {
  it('loads with no errors against the seeds', () => {
    const { errors, dataset } = readDataset(undefined, requireSeeds());
    expect(errors.map(formatError)).toEqual([]);
    expect(dataset.seedsChecked).toBe(true);
    expect(dataset.stats.congress.length).toBeGreaterThan(10);
  });
});

describe('the valid fixture', () => {
  it('has no errors', () => {
    expect(errorsFor(null)).toEqual([]);
  });
  it('loads the same with a byte-order mark and CRLF line ends', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-atlas-bom-'));
    for (const f of fs.readdirSync(path.join(FIXTURES, 'valid'))) {
      const text = fs.readFileSync(path.join(FIXTURES, 'valid', f), 'utf8');
      fs.writeFileSync(path.join(dir, f), '\uFEFF' + text.replace(/\n/g, '\r\n'));
    }
    const { errors, dataset } = readDataset(dir, requireSeeds());
    expect(errors).toEqual([]);
    expect(dataset.stats.congress.map((r) => r.value)).toEqual([110, 98]);
  });
});

/** Each broken fixture must produce exactly these file:row:column errors (no silent blank). */
const cases: [string, string[]][] = [
  ['missing-column', ['data/congress.csv:1:attributed_to: missing column "attributed_to" (declared in lib/data/schema.ts)']],
  ['unknown-column', ['data/congress.csv:1:comment: unknown column "comment"']],
  ['bad-number', ['data/congress.csv:2:value: "1l0" is not a plain number']],
  ['thousands-separator', ['data/congress.csv:3:value: "1,966" is not a plain number']],
  ['low-greater-than-high', ['data/officer_corps.csv:3:low: low 35000 is greater than high 20000']],
  ['unknown-source', ['data/congress.csv:2:source: unknown source "009_not_a_seed.txt"; not in sources.csv']],
  ['locator-beyond-seed', ['data/congress.csv:2:locator: line 999 is beyond 000_447e1e6c3ae67c0a.txt, which has 145 lines']],
  ['quote-not-in-seed', [
    'data/congress.csv:2:quote: not found in 000_447e1e6c3ae67c0a.txt at line 63 (nor anywhere in the seed',
    'data/congress.csv:2:value: 110 does not appear in the quote',
  ]],
  ['quote-wrong-line', ['data/congress.csv:2:quote: not found at 000_447e1e6c3ae67c0a.txt:62; it is at line 63']],
  ['value-not-in-quote', ['data/congress.csv:2:value: 120 does not appear in the quote (as numerals or words)']],
  ['word-value-not-in-quote', ['data/congress.csv:3:value: 99 does not appear in the quote']],
  ['relation-unknown-endpoint', ['data/relations.csv:2:to: "triumvirate_x" is neither in people.csv nor in factions.csv']],
  ['relation-year-undated', ['data/relations.csv:2:start: year 1923 is not in the quote; say how it follows in dated_by']],
  ['event-end-before-start', ['data/events.csv:4:end: end 1930 is before start 1931']],
  ['event-unknown-theme', ['data/events.csv:2:theme: "farming" must be one of: collectivisation, agriculture, officer_corps, repression, congress, party']],
  ['duplicate-id', ['data/collectivisation.csv:3:id: duplicate id "coll_farms_1930" (first at data/collectivisation.csv:2)']],
  ['csv-syntax', ['data/congress.csv:2:(row): CSV syntax:']],
  ['field-count', ['data/congress.csv:3:(row): has 3 fields, header has 19']],
  ['bad-enum', ['data/congress.csv:2:approx: "roughly" must be one of: exact, about, at_least, at_most, nearly, over']],
  ['required-empty', ['data/congress.csv:2:quote: required value is empty']],
  ['wrong-derivation', ['data/congress.csv:3:derivation: "139-90" gives 49, not the value 98']],
  ['derivation-foreign-number', ['data/congress.csv:3:derivation: uses 2, 3, which the quote does not state']],
  ['missing-file', ['data/agriculture.csv:0:(file): file is missing']],
  ['faction-short-name-too-long', ['data/factions.csv:2:short_name: is 34 characters; at most 22, so the network draws it whole']],
  ['relation-death-year-mismatch', ['data/relations.csv:4:start: dates zinoviev\'s death 1935, but people.csv gives 1936; the two tables must agree']],
  ['relation-between-not-range', ['data/relations.csv:4:end: dating "between" needs both start and end']],
  ['disagreement-one-reading', ['data/disagreements.csv:2:dispute: disagreement "first_trial" has one reading; it needs at least two']],
  ['disagreement-unknown-row', ['data/disagreements.csv:3:row: "zinoviev_x" is not a row of people.csv']],
  ['disagreement-same-line', ['data/disagreements.csv:2:dispute: every reading of "first_trial" cites the same line; a disagreement needs two documents or two lines']],
  ['disagreement-unknown-column', ['data/disagreements.csv:3:column: "value" is not a column of people.csv']],
  ['empty-file', ['data/party.csv:1:(header): file is empty: expected a header row']],
  ['relation-open-state', ['data/relations.csv:2:until: member_of is a lasting relation with no end: give the last year in end']],
  ['relation-until-with-end', ['data/relations.csv:3:until: end is 1925: "until" is only for a lasting relation with no end']],
  ['relation-act-until', ['data/relations.csv:4:until: executed_by is an act, drawn in its years only: it takes no "until"']],
  ['disagreement-differs-in', ['data/disagreements.csv:3:differs_in: "figure", but the first reading of "first_trial" (line 2) says "date"']],
  ['ledger-cited-line', ['data/ledger.csv:2:locator: 000_447e1e6c3ae67c0a.txt:63 is cited by congress:']],
  ['ledger-unknown-reason', ['data/ledger.csv:2:reason: "lost" must be one of: date_only, off_theme, repeats, rhetorical, document_meta']],
];

describe('broken fixtures are reported with file:row:column', () => {
  it.each(cases)('%s', (name, expected) => {
    const errors = errorsFor(name);
    for (const e of expected) expect(errors.some((x) => x.startsWith(e)), `expected "${e}" in:\n${errors.join('\n')}`).toBe(true);
    expect(errors.length).toBe(expected.length);
  });
});
