/**
 * Property tests of the one loader (fast-check): whatever bytes or text arrive, it never throws and every
 * problem comes back as a typed error naming file, row and column.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataError } from '@/lib/data/errors';
import { decodeCsv, parseTable, toCsv } from '@/lib/data/load';
import { ALL_TABLES, APPROX, STAT_TABLES, UNITS, type StatRow } from '@/lib/data/schema';

const FILE = 'data/fuzz.csv';
const spec = STAT_TABLES[0];
const columns = Object.keys(spec.columns);
const real = fs.readFileSync(path.resolve(__dirname, '../../data/collectivisation.csv'), 'utf8');
const realRows = parseTable(spec, real).rows;
const realLineOf = (needle: string) => real.split('\n').findIndex((l) => l.includes(needle)) + 1;

function wellFormed(errors: DataError[], lineCount: number) {
  for (const e of errors) {
    expect(e.file).toBe(FILE);
    expect(Number.isInteger(e.row)).toBe(true);
    expect(e.row).toBeGreaterThanOrEqual(1);
    expect(e.row).toBeLessThanOrEqual(Math.max(1, lineCount));
    expect(typeof e.column).toBe('string');
    expect(e.column.length).toBeGreaterThan(0);
    expect(e.message.length).toBeGreaterThan(0);
  }
}
const lineCount = (s: string) => s.split(/\r\n|\r|\n/).length;

/** Bytes → text → rows, as lib/data/data.ts reads a file. */
function load(bytes: Uint8Array) {
  const d = decodeCsv(bytes, FILE);
  if (d.error) return { rows: [], errors: [d.error] };
  return parseTable(spec, d.text, FILE);
}

const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', '1', '.', ',', '"', '\n', '\r', ' ', ';', '–', '\u00e9', '\u{1F600}'), maxLength: 40 });
const id = fc.stringMatching(/^[a-z0-9_]{1,12}$/);
const year = fc.integer({ min: 1890, max: 1995 });
const num = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 1000) / 1000 + 0)); // + 0: CSV has no negative zero
const statRow: fc.Arbitrary<StatRow> = fc.record({
  id, topic: cellText.filter((s) => s.trim() !== ''), measure: id, label: cellText.filter((s) => s.trim() !== ''),
  period_start: fc.option(year, { nil: undefined }), period_end: fc.option(year, { nil: undefined }),
  place: fc.constant('USSR'), value: fc.option(num, { nil: undefined }), low: fc.option(num, { nil: undefined }), high: fc.option(num, { nil: undefined }),
  unit: fc.constantFrom(...UNITS), approx: fc.constantFrom(...APPROX), source: fc.constant('001.txt'), locator: fc.nat({ max: 100000 }),
  quote: cellText.filter((s) => s.trim() !== ''), attributed_to: fc.constant('uncredited'),
  derivation: fc.option(fc.constant('2/3*100'), { nil: undefined }), notes: fc.option(cellText.filter((s) => s.trim() !== ''), { nil: undefined }),
}, { requiredKeys: ['id', 'topic', 'measure', 'label', 'place', 'unit', 'approx', 'source', 'locator', 'quote', 'attributed_to'] });
/** What the loader gives back for a value written to CSV: cells are trimmed. */
const trimmed = (r: StatRow) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));

describe('CSV loader under fuzzing', () => {
  it('never throws on random bytes, and reports typed errors', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const { errors } = load(bytes);
      wellFormed(errors, lineCount(new TextDecoder().decode(bytes)));
    }), { numRuns: 500 });
  });

  it('never throws on random text built from CSV-significant characters, with or without the real header', () => {
    const text = fc.tuple(fc.boolean(), fc.array(cellText, { maxLength: 30 })).map(([withHeader, cells]) => `${withHeader ? `${columns.join(',')}\n` : ''}${cells.join(',')}`);
    fc.assert(fc.property(text, (t) => {
      const { rows, errors } = parseTable(spec, t, FILE);
      wellFormed(errors, lineCount(t));
      // whatever rows survive are typed: numbers are numbers, enums are in their lists
      for (const r of rows) {
        expect(typeof r.locator).toBe('number');
        expect(APPROX).toContain(r.approx);
        if (r.value !== undefined) expect(Number.isFinite(r.value)).toBe(true);
      }
    }), { numRuns: 500 });
  });

  it('round-trips any valid rows through CSV, with quotes, commas and newlines inside fields', () => {
    fc.assert(fc.property(fc.array(statRow, { maxLength: 8 }), (rows) => {
      const { rows: back, errors } = parseTable(spec, toCsv(spec, rows), FILE);
      expect(errors).toEqual([]);
      expect(back.map(trimmed)).toEqual(rows.map(trimmed));
    }), { numRuns: 300 });
  });

  it('reads the same rows with a byte-order mark, CRLF or CR-only line ends', () => {
    fc.assert(fc.property(fc.boolean(), fc.constantFrom('\n', '\r\n', '\r'), (bom, eol) => {
      const text = `${bom ? '\uFEFF' : ''}${real.replace(/\r?\n/g, eol)}`;
      const { rows, errors } = load(new TextEncoder().encode(text));
      expect(errors).toEqual([]);
      expect(rows).toEqual(realRows);
      // a bad cell is still reported at its own line, whatever the line ends
      const broken = parseTable(spec, text.replace('23.6', 'x23.6'), FILE).errors;
      expect(broken).toEqual([{ file: FILE, row: realLineOf('23.6'), column: 'value', message: expect.stringContaining('"x23.6"') }]);
    }), { numRuns: 20 });
  });

  it('names every missing column, at row 1', () => {
    fc.assert(fc.property(fc.subarray(columns, { minLength: 1, maxLength: columns.length - 1 }), (dropped) => {
      const keep = columns.filter((c) => !dropped.includes(c));
      const text = `${keep.join(',')}\n${keep.map(() => 'x').join(',')}\n`;
      const { rows, errors } = parseTable(spec, text, FILE);
      expect(rows).toEqual([]);
      for (const c of dropped) expect(errors).toContainEqual({ file: FILE, row: 1, column: c, message: expect.stringContaining(`missing column "${c}"`) });
      wellFormed(errors, 2);
    }), { numRuns: 100 });
  });

  it('copes with huge fields: a 2 MB quote is one cell of one row', () => {
    const big = 'x'.repeat(2_000_000);
    const text = `${columns.join(',')}\r\n${['a', 't', 'm', 'l', '', '', '', 'USSR', '1', '', '', 'percent', 'exact', 's.txt', '1', `"${big}, ""quoted"""`, 'u', '', ''].join(',')}\r\n`;
    const { rows, errors } = parseTable(spec, text, FILE);
    expect(errors).toEqual([]);
    expect(rows[0].quote.length).toBe(big.length + 10);
  });

  it('refuses other encodings with an error naming the line: Latin-1, Windows-1252 and UTF-16', () => {
    // the real file written as Latin-1: its first non-ASCII character (an en dash is not in Latin-1, so use é) breaks UTF-8
    const lines = real.split('\n');
    const k = 3;
    lines[k] = lines[k].replace('USSR', 'URSS caf\u00e9');
    const latin1 = Uint8Array.from([...lines.join('\n')].map((ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 63)));
    expect(load(latin1).errors).toEqual([{ file: FILE, row: k + 1, column: '(encoding)', message: expect.stringContaining('is not UTF-8') }]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'id,topic\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(load(utf16).errors).toEqual([{ file: FILE, row: 1, column: '(encoding)', message: 'file is UTF-16; save it as UTF-8' }]);
    // UTF-16 without its mark arrives as text full of NULs
    const noBom = new Uint8Array([...'id,topic\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(load(noBom).errors[0]).toMatchObject({ file: FILE, row: 1, column: '(encoding)' });
  });

  it('every table spec survives random text', () => {
    fc.assert(fc.property(fc.constantFrom(...ALL_TABLES), fc.string({ maxLength: 300 }), (t, text) => {
      wellFormed(parseTable(t, text, FILE).errors, lineCount(text));
    }), { numRuns: 300 });
  });
});
