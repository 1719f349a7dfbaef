import { describe, expect, it } from 'vitest';
import { parseTable, toCsv } from '@/lib/data/load';
import { SOURCES_TABLE, STAT_TABLES } from '@/lib/data/schema';

const spec = STAT_TABLES[0];
const header = Object.keys(spec.columns).join(',');

describe('parseTable', () => {
  it('reports the file line of a row after a quoted field with newlines', () => {
    const cells = (id: string, quote: string, value = '1') =>
      [id, 't', 'm', 'l', '', '', '', 'USSR', value, '', '', 'percent', 'exact', 's.txt', '1', quote, 'uncredited', '', ''].join(',');
    const text = `${header}\n${cells('a', '"line one\nline two"')}\n\n${cells('b', 'q', 'x')}\n`;
    const { rows, errors, lines } = parseTable(spec, text, 'data/t.csv');
    expect(rows.map((r) => r.id)).toEqual(['a']);
    expect(lines).toEqual([2]);
    expect(errors).toEqual([{ file: 'data/t.csv', row: 5, column: 'value', message: expect.stringContaining('"x" is not a plain number') }]);
  });

  it('types cells from the schema', () => {
    const text = [header, ['a', 't', 'm', 'l', '1930', '1930', '', 'USSR', '23.6', '', '', 'percent', 'about', 's.txt', '13', 'q', 'u', '', ''].join(',')].join('\n');
    const { rows, errors } = parseTable(spec, text);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ period_start: 1930, value: 23.6, locator: 13, approx: 'about' });
    expect(rows[0].low).toBeUndefined();
  });

  it('round-trips through RFC 4180 CSV', () => {
    const rows = [{ file: 'a.txt', title: 'A "quoted", title', author: 'x', kind: 'article' as const, lines: 3, description: 'two\nlines' }];
    const csv = toCsv(SOURCES_TABLE, rows);
    expect(csv).toContain('"A ""quoted"", title"');
    expect(csv.endsWith('\r\n')).toBe(true);
    const back = parseTable(SOURCES_TABLE, csv);
    expect(back.errors).toEqual([]);
    expect(back.rows[0]).toEqual(rows[0]);
  });
});

describe('withLineEnds', () => {
  it('ends every record with the given line end and keeps every cell, quoted line breaks included', async () => {
    const { withLineEnds } = await import('@/lib/data/load');
    const text = 'id,quote\na,"two\nlines"\nb,"x, ""y"""\n';
    const crlf = withLineEnds(text, '\r\n');
    expect(crlf).toBe('\uFEFFid,quote\r\na,"two\nlines"\r\nb,"x, ""y"""\r\n');
    expect(withLineEnds(crlf, '\n')).toBe(`\uFEFF${text}`);
  });
});
