/** Logic over typed statistics rows: grouping estimates of one measure, formatting figures. */
import { APPROX_WORDS, type Dating, type StatRow } from './schema';

export interface MeasureGroup {
  measure: string;
  key: string;
  rows: StatRow[];
  /** True when the rows give different figures for the same measure and period. */
  disputed: boolean;
}

const figureKey = (r: StatRow) => `${r.value ?? ''}|${r.low ?? ''}|${r.high ?? ''}|${r.unit}`;

/**
 * Groups rows that estimate the same thing: same measure and place, and same period. An undated row is
 * compared with the dated rows of its measure when they all share one period (the documents often
 * leave out a year another document gives). A group whose rows give different figures is disputed;
 * nothing is averaged: every row stays, with its document.
 */
export function groupByMeasure(rows: readonly StatRow[]): MeasureGroup[] {
  const byMeasure = new Map<string, StatRow[]>();
  for (const r of rows) {
    const k = `${r.measure}|${r.place}`;
    byMeasure.set(k, [...(byMeasure.get(k) ?? []), r]);
  }
  const out: MeasureGroup[] = [];
  for (const [mk, rs] of byMeasure) {
    const period = (r: StatRow) => (r.period_start === undefined ? '' : `${r.period_start}-${r.period_end}`);
    const dated = [...new Set(rs.map(period).filter(Boolean))];
    const groups = new Map<string, StatRow[]>();
    for (const r of rs) {
      const p = period(r) || (dated.length === 1 ? dated[0] : '');
      groups.set(p, [...(groups.get(p) ?? []), r]);
    }
    for (const [p, g] of groups) {
      out.push({ measure: g[0].measure, key: `${mk}|${p}`, rows: g, disputed: new Set(g.map(figureKey)).size > 1 });
    }
  }
  return out;
}

export function disagreements(rows: readonly StatRow[]): MeasureGroup[] {
  return groupByMeasure(rows).filter((g) => g.disputed);
}

/**
 * A number as en-GB writes it, to one decimal at most: "19,000,000", "23.6", "-1,234.5". The same text as
 * Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }) (a unit test compares them over many values), without
 * it: a page's first Intl number format loads the locale's data, 55-75 ms of blocked main thread on a phone
 * (measured at 4x CPU slowdown), and every chart page formats its figures while it hydrates.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  // Intl rounds the number's shortest decimal form ("0.95", not the double's 0.9499…), half away from zero
  const digits = Math.abs(n) < 1e-6 ? '0' : String(Math.abs(n));
  const [int, frac = ''] = digits.split('.');
  const tenths = BigInt(int + (frac[0] ?? '0')) + BigInt(frac[1] !== undefined && frac[1] >= '5' ? 1 : 0);
  const whole = (tenths / BigInt(10)).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  const tenth = tenths % BigInt(10);
  const text = tenth === BigInt(0) ? whole : `${whole}.${tenth}`;
  // Intl keeps the sign of a negative number that rounds to 0, and of -0 ("-0")
  return n < 0 || Object.is(n, -0) ? `-${text}` : text;
}

/** "about 19,000,000", "20,000–35,000", "at least 7,000,000", "23.6%". */
/** Units written as a sign after the figure ("89.6%", "113%" for a rise, "1.5×"); every other unit is named in words beside it. */
export const UNIT_SIGNS: Partial<Record<StatRow['unit'], string>> = { percent: '%', percent_change: '%', times: '×' };

export function formatFigure(r: Pick<StatRow, 'value' | 'low' | 'high' | 'unit' | 'approx'>): string {
  const pct = UNIT_SIGNS[r.unit] ?? '';
  const word = APPROX_WORDS[r.approx];
  const core = r.value !== undefined
    ? `${formatNumber(r.value)}${pct}`
    : `${formatNumber(r.low ?? 0)}–${formatNumber(r.high ?? 0)}${pct}`;
  const range = r.value !== undefined && r.low !== undefined && r.high !== undefined
    ? ` (range ${formatNumber(r.low)}–${formatNumber(r.high)}${pct})` : '';
  return `${word ? `${word} ` : ''}${core}${range}`;
}

export function formatPeriod(r: Pick<StatRow, 'period_start' | 'period_end' | 'dating'>): string {
  return formatYears(r.period_start, r.period_end, r.dating);
}

/** Years as the document dates them: "1936", "1923–1927", "between 1936 and 1938", "by 1940", "undated". */
export function formatYears(start: number | undefined, end: number | undefined, dating?: Dating): string {
  if (start === undefined && end === undefined) return 'undated';
  const a = start ?? end;
  const b = end ?? start;
  if (dating === 'by') return `by ${b}`;
  if (dating === 'between' && a !== b) return `between ${a} and ${b}`;
  return a === b ? String(a) : `${a}–${b}`;
}
