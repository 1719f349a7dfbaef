/**
 * The one loader: CSV text → typed rows, with every problem reported as file:row:column.
 * Pages and charts never parse CSV themselves; they call lib/data/data.ts, which calls this.
 */
import Papa from 'papaparse';
import { cellSchema, type Columns, type RowOf, type TableSpec } from './schema';
import type { DataError } from './errors';

export interface Parsed<S extends Columns> {
  rows: RowOf<S>[];
  /** File line of each row (header is line 1), parallel to rows. */
  lines: number[];
  errors: DataError[];
}

/**
 * Bytes of a CSV file → text. Only UTF-8 is accepted (with or without a byte-order mark): a UTF-16 file or
 * bytes that are not UTF-8 (Latin-1, Windows-1252 exports) give an error naming the line and the column
 * (character position) of the first bad byte, instead of silently garbled names.
 */
export function decodeCsv(bytes: Uint8Array, file: string): { text: string; error?: undefined } | { text?: undefined; error: DataError } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: { file, row: 1, column: '(encoding)', message: 'file is UTF-16; save it as UTF-8' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // find the first byte sequence that is not UTF-8, to name its line
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = loose.indexOf('\uFFFD');
    const before = loose.slice(0, Math.max(0, at));
    const row = before.split('\n').length;
    const col = at - before.lastIndexOf('\n');
    return { error: { file, row, column: '(encoding)', message: `is not UTF-8 text (first bad byte at character ${col} of the line); save the file as UTF-8` } };
  }
}

export function parseTable<S extends Columns>(spec: TableSpec<S>, text: string, file = `data/${spec.file}`): Parsed<S> {
  const errors: DataError[] = [];
  const rows: RowOf<S>[] = [];
  const lines: number[] = [];
  const clean = text.replace(/^\uFEFF/, '');
  const nul = clean.indexOf('\u0000');
  if (nul !== -1) {
    const row = clean.slice(0, nul).split('\n').length;
    return { rows, lines, errors: [{ file, row, column: '(encoding)', message: 'contains a NUL character: not a text CSV (UTF-16 or binary?)' }] };
  }
  if (clean.trim() === '') {
    return { rows, lines, errors: [{ file, row: 1, column: '(header)', message: 'file is empty: expected a header row' }] };
  }
  const result = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: 'greedy' });
  // papaparse reports data-row indices; map them back to file lines by counting newlines.
  const rowLine = lineNumbersOfRows(clean, result.data.length);
  for (const e of result.errors) {
    const row = e.row === undefined ? 1 : rowLine[e.row] ?? e.row + 1;
    errors.push({ file, row, column: '(row)', message: `CSV syntax: ${e.message} (${e.code})` });
  }
  const [header, ...body] = result.data;
  if (!header) return { rows, lines, errors };
  const names = header.map((h) => h.trim());
  const declared = Object.keys(spec.columns);
  for (const d of declared) {
    if (!names.includes(d)) errors.push({ file, row: 1, column: d, message: `missing column "${d}" (declared in lib/data/schema.ts)` });
  }
  names.forEach((n, i) => {
    if (!declared.includes(n)) errors.push({ file, row: 1, column: n || `#${i + 1}`, message: `unknown column "${n}"; allowed: ${declared.join(', ')}` });
    else if (names.indexOf(n) !== i) errors.push({ file, row: 1, column: n, message: `column "${n}" appears twice` });
  });
  if (errors.some((e) => e.row === 1)) return { rows, lines, errors };

  body.forEach((cells, k) => {
    const line = rowLine[k + 1] ?? k + 2;
    if (cells.length !== names.length) {
      if (!errors.some((e) => e.row === line)) {
        errors.push({ file, row: line, column: '(row)', message: `has ${cells.length} fields, header has ${names.length}` });
      }
      return;
    }
    const row: Record<string, unknown> = {};
    let ok = true;
    names.forEach((name, i) => {
      const c = spec.columns[name];
      const raw = (cells[i] ?? '').trim();
      if (raw === '') {
        if (c.required) { errors.push({ file, row: line, column: name, message: 'required value is empty' }); ok = false; }
        return;
      }
      const parsed = cellSchema(c).safeParse(raw);
      if (!parsed.success) {
        errors.push({ file, row: line, column: name, message: `"${truncate(raw)}" ${parsed.error.issues[0]?.message ?? 'is invalid'}` });
        ok = false;
      } else row[name] = parsed.data;
    });
    if (ok) { rows.push(row as RowOf<S>); lines.push(line); }
  });
  return { rows, lines, errors };
}

/** File line (1-based) where each parsed record starts, honouring newlines inside quoted fields and LF, CRLF or CR line ends. */
function lineNumbersOfRows(text: string, count: number): number[] {
  const starts: number[] = [];
  let line = 1;
  let inQuotes = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length && starts.length < count; i++) {
    const ch = text[i];
    const eol = ch === '\n' || (ch === '\r' && text[i + 1] !== '\n');
    if (atRecordStart) {
      if (ch === '\n' || ch === '\r') { if (eol) line++; continue; } // empty lines are skipped by the parser
      starts.push(line);
      atRecordStart = false;
    }
    if (ch === '"') inQuotes = !inQuotes;
    else if (eol) { line++; if (!inQuotes) atRecordStart = true; }
  }
  return starts;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * A UTF-8 byte-order mark begins every CSV the site writes: Excel on Windows reads a CSV without one as
 * Windows-1252 ("1935â€“40"); pandas, R's read.csv (encoding = "UTF-8"), papaparse, Node's text decoding and
 * the loader here skip it (tried: see README "Reusing the data").
 */
export const BOM = '\uFEFF';

/** RFC 4180 CSV of rows in the column order of the spec (CRLF line ends, quotes doubled), with a byte-order mark. */
export function toCsv<S extends Columns>(spec: TableSpec<S>, rows: readonly RowOf<S>[]): string {
  const fields = Object.keys(spec.columns);
  const data = rows.map((r) =>
    fields.map((f) => {
      const v = (r as Record<string, unknown>)[f];
      if (v === undefined) return '';
      return Array.isArray(v) ? v.join('; ') : String(v);
    }),
  );
  return BOM + Papa.unparse({ fields, data }, { newline: '\r\n', quotes: false }) + '\r\n';
}

/** The same CSV as the site serves it: a byte-order mark, every record ended by `eol` (line breaks inside quoted cells are left as they are). */
export function withLineEnds(text: string, eol: string): string {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' });
  return BOM + Papa.unparse(data, { newline: eol, quotes: false }) + eol;
}
