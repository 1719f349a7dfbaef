/**
 * Number reading for provenance checks.
 *
 * The seeds write figures both as numerals ("1,966", "23.6 per cent", "1,2 million") and in words
 * ("ninety eight of the 139", "seventy-five of the eighty", "half of the officer corps", "nearly three
 * quarters of a million", "two-thirds"). `numbersIn(text)` returns every figure a reader could take
 * from the text, so a CSV value can be checked against its quote. It over-generates on purpose (an
 * ordinal such as "third" also yields 1/3): the check is "the value is one of these", never the reverse.
 * Round plurals with no number before them ("hundreds", "tens of thousands") are read as their floor, for a row
 * stored with approx at_least; "not one" reads as 0.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Denominators of fractions, singular and plural ("third", "thirds"). */
const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10, twentieth: 20, fortieth: 40,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1_000, thousands: 1_000, million: 1_000_000, millions: 1_000_000,
  billion: 1_000_000_000,
};

type Tok = { kind: 'num'; value: number; raw: string } | { kind: 'word'; value: string } | { kind: 'dash' } | { kind: 'punct' };

/** "1,966" → 1966; "23.6" → 23.6; "1,2" (a decimal comma, as the seeds once write) → 1.2. */
export function parseNumeral(raw: string): number {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d+,\d{1,2}$/.test(raw)) return Number(raw.replace(',', '.'));
  return Number(raw.replace(/,/g, ''));
}

function tokenize(text: string): Tok[] {
  const norm = text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/per\s*cent|percent/g, ' % ');
  const out: Tok[] = [];
  // punctuation is kept as a token so that "out of three, thirty to forty" does not read as 33
  const re = /\d+(?:[.,]\d+)*|[a-z]+|-|[,;:.!?()]/g;
  for (const m of norm.matchAll(re)) {
    const t = m[0];
    if (t === '-') out.push({ kind: 'dash' });
    else if (/^[,;:.!?()]$/.test(t)) out.push({ kind: 'punct' });
    else if (/^\d/.test(t)) out.push({ kind: 'num', value: parseNumeral(t), raw: t });
    else out.push({ kind: 'word', value: t });
  }
  return out;
}

/** Reads a cardinal written in words starting at i ("ninety eight", "one hundred and ten"). */
function readWordCardinal(toks: Tok[], i: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  while (j < toks.length) {
    const t = toks[j];
    if (t.kind === 'dash' && seen && toks[j + 1]?.kind === 'word') {
      const w = (toks[j + 1] as { value: string }).value;
      if (w in UNITS || w in TENS) { j++; continue; }
      break;
    }
    if (t.kind !== 'word') break;
    const w = t.value;
    if (w in UNITS) { current += UNITS[w]; seen = true; j++; continue; }
    if (w in TENS) { current += TENS[w]; seen = true; j++; continue; }
    if (w === 'hundred' && seen) { current *= 100; j++; continue; }
    if (w === 'and' && seen && toks[j + 1]?.kind === 'word' && (toks[j + 1] as { value: string }).value in { ...UNITS, ...TENS }) { j++; continue; }
    break;
  }
  if (!seen) return null;
  total += current;
  return { value: total, next: j };
}

function wordAt(toks: Tok[], i: number): string | undefined {
  const t = toks[i];
  return t && t.kind === 'word' ? t.value : undefined;
}

/** Every figure that can be read from the text, numerals and words, with multipliers applied. */
export function numbersIn(text: string): number[] {
  const toks = tokenize(text);
  const found = new Set<number>();
  const add = (n: number) => { if (Number.isFinite(n)) found.add(round(n)); };

  // 1. cardinals (numerals or words), optionally "and a half", fractions and multipliers after them.
  const bases: { value: number; start: number; next: number }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'num') { bases.push({ value: t.value, start: i, next: i + 1 }); continue; }
    const prev = toks[i - 1];
    const prevIsWordNumber = prev?.kind === 'word' && (prev.value in UNITS || prev.value in TENS);
    const prevIsHyphenatedNumber = prev?.kind === 'dash' && wordAt(toks, i - 2) !== undefined && ((wordAt(toks, i - 2) as string) in UNITS || (wordAt(toks, i - 2) as string) in TENS);
    if (prevIsWordNumber || prevIsHyphenatedNumber) continue; // inside a word number already read
    const w = readWordCardinal(toks, i);
    if (w) bases.push({ value: w.value, start: i, next: w.next });
    else if (t.kind === 'word' && t.value === 'a' && (wordAt(toks, i + 1) === 'hundred' || wordAt(toks, i + 1) === 'thousand' || wordAt(toks, i + 1) === 'million')) {
      bases.push({ value: 1, start: i, next: i + 1 });
    } else if (t.kind === 'word' && (t.value === 'half' || t.value === 'quarter') && wordAt(toks, i - 1) !== 'a') {
      // a bare "half of the officer corps"
      bases.push({ value: 1 / FRACTIONS[t.value], start: i, next: i + 1 });
    } else if (t.kind === 'word' && t.value === 'halved') {
      bases.push({ value: 0.5, start: i, next: i + 1 });
    } else if (t.kind === 'word' && t.value === 'both') {
      bases.push({ value: 2, start: i, next: i + 1 }); // "both first-rank fleet admirals"
    }
  }

  for (const b of bases) {
    let v = b.value;
    let j = b.next;
    add(v);
    // "six and a half", "four and a half"
    if (wordAt(toks, j) === 'and' && wordAt(toks, j + 1) === 'a' && wordAt(toks, j + 2) === 'half') {
      v += 0.5; j += 3; add(v);
    }
    // fractions: "one third", "two-thirds", "three quarters", "one fortieth", "a half"
    if (toks[j]?.kind === 'dash') j++;
    const fw = wordAt(toks, j);
    if (fw && fw in FRACTIONS && b.value < 100) {
      v = b.value / FRACTIONS[fw]; j++; add(v); add(v * 100); add(FRACTIONS[fw]);
      if (wordAt(toks, j) === 'of' && wordAt(toks, j + 1) === 'a') j += 2; // "three quarters of a million"
    } else if (b.value > 0 && b.value < 1) {
      add(v * 100); // a bare "half" also reads as 50 per cent
      if (wordAt(toks, j) === 'of' && wordAt(toks, j + 1) === 'a') j += 2;
    }
    const mw = wordAt(toks, j);
    if (mw && mw in MULTIPLIERS) add(v * MULTIPLIERS[mw]);
  }

  // 2. ranges share the multiplier: "20-25 million", "from 400,000 to 1,2 million" stays as read.
  for (let i = 0; i + 3 < toks.length; i++) {
    const a = toks[i];
    const sep = toks[i + 1];
    const b = toks[i + 2];
    const m = wordAt(toks, i + 3);
    const isSep = sep.kind === 'dash' || (sep.kind === 'word' && sep.value === 'to');
    if (a.kind === 'num' && isSep && b.kind === 'num' && m && m in MULTIPLIERS) add(a.value * MULTIPLIERS[m]);
  }
  // "between 5 and 8,000": the first figure shares the thousands of the second.
  for (let i = 0; i + 2 < toks.length; i++) {
    const a = toks[i];
    const sep = toks[i + 1];
    const b = toks[i + 2];
    const isSep = sep.kind === 'dash' || (sep.kind === 'word' && (sep.value === 'to' || sep.value === 'and'));
    if (a.kind === 'num' && isSep && b.kind === 'num' && a.value < 1000 && b.value >= 1000 && b.value % 1000 === 0 && a.value * 1000 < b.value) {
      add(a.value * 1000);
    }
  }
  // 3. round plurals with no number before them are floors: "dozens" 12, "hundreds" 100, "thousands" 1,000, "tens of
  // thousands" 10,000, "hundreds of thousands" 100,000, "millions" 1,000,000 (stored with approx at_least); "not one" is 0
  for (let i = 0; i < toks.length; i++) {
    const w = wordAt(toks, i);
    if (!w) continue;
    if (w === 'not' && wordAt(toks, i + 1) === 'one') { add(0); continue; }
    if (!(w in PLURALS)) continue;
    const prev = toks[i - 1];
    const prevWord = wordAt(toks, i - 1);
    if (prev?.kind === 'num' || (prevWord !== undefined && (prevWord in UNITS || prevWord in TENS))) continue;
    add(PLURALS[w]);
    if (wordAt(toks, i + 1) === 'of' && wordAt(toks, i + 2) !== undefined && (wordAt(toks, i + 2) as string) in PLURALS) add(PLURALS[w] * PLURALS[wordAt(toks, i + 2) as string]);
  }
  return [...found].sort((x, y) => x - y);
}

/** Round plurals read as floors when no number stands before them ("tens of thousands" is 10 × 1,000). */
const PLURALS: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100, thousands: 1_000, millions: 1_000_000 };

function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** True when `value` is one of the figures readable from `text`. */
export function textStatesNumber(text: string, value: number): boolean {
  const target = round(value);
  return numbersIn(text).some((n) => Math.abs(n - target) <= 1e-9 * Math.max(1, Math.abs(target)));
}

/**
 * A derivation says how a value follows from the figures in its quote, e.g. "2/3*100" for
 * "Two-thirds of the officer corps" stored as 66.7 per cent, or "139-110" for the members who were
 * not shot. Only + - * / and parentheses; every literal must be a figure of the quote, except 100
 * (a share written as a percentage). The value must equal the result rounded to the value's precision.
 */
export function evaluateDerivation(expr: string): number {
  const src = expr.replace(/\s+/g, '');
  let pos = 0;
  const fail = (msg: string): never => { throw new Error(`derivation "${expr}": ${msg} at character ${pos + 1}`); };
  const number = (): number => {
    const m = /^\d+(?:\.\d+)?/.exec(src.slice(pos));
    if (!m) return fail('expected a number');
    pos += m[0].length;
    return Number(m[0]);
  };
  const factor = (): number => {
    if (src[pos] === '(') { pos++; const v = sum(); if (src[pos] !== ')') fail('expected ")"'); pos++; return v; }
    if (src[pos] === '-') { pos++; return -factor(); }
    return number();
  };
  const product = (): number => {
    let v = factor();
    while (src[pos] === '*' || src[pos] === '/') { const op = src[pos++]; const r = factor(); v = op === '*' ? v * r : v / r; }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (src[pos] === '+' || src[pos] === '-') { const op = src[pos++]; const r = product(); v = op === '+' ? v + r : v - r; }
    return v;
  };
  if (src.length === 0) fail('empty');
  const v = sum();
  if (pos !== src.length) fail('unexpected character');
  return v;
}

export function derivationLiterals(expr: string): number[] {
  return [...expr.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** Half a unit of the value's last shown decimal: 66.7 → 0.05, 67 → 0.5. */
export function roundingTolerance(value: number): number {
  const s = String(value);
  const decimals = s.includes('.') ? s.split('.')[1].length : 0;
  return 0.5 * 10 ** -decimals + 1e-9;
}

/** Number words that state a quantity (not "one", which is mostly a pronoun, nor "first", which names an order). */
const FIGURE_WORDS = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halved|thirds?|quarters?|fifths?|tenths?)\b(?:-(?:one|two|three|four|five|six|seven|eight|nine|thirds?|quarters?))?/gi;
const FIGURE_NUMERALS = /\d+(?:[.,]\d+)*(?:\s?%)?/g;

/** The figures a seed line holds as written (numerals, and number words that state a quantity), for the ledger. */
export function lineFigures(text: string): string[] {
  return [...text.matchAll(FIGURE_NUMERALS), ...text.matchAll(FIGURE_WORDS)].sort((a, b) => (a.index ?? 0) - (b.index ?? 0)).map((m) => m[0]);
}
