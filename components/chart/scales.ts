/** Axis helpers shared by the chart views. */
// Intl here is for the axis ticks of the live chart, which mounts only once a reader reaches for it (never while a page starts); made at first use
let compact: Intl.NumberFormat | undefined;

/** 1.2M, 250K: an axis tick's figure. */
export const compactNumber = (n: number) => {
  // eslint-disable-next-line no-restricted-globals -- see above: the live chart only, after start-up
  compact ??= new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
  return compact.format(n);
};

/** A log domain of whole powers of ten around the positive values. */
export function logDomain(values: readonly number[]): [number, number] {
  const pos = values.filter((v) => v > 0);
  if (!pos.length) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...pos)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...pos)) + 0.0001);
  return [lo, Math.max(hi, lo * 10)];
}

/** The next "nice" number (1, 2, 2.5, 5 × a power of ten) at or above x, for a linear axis end. */
export function niceCeil(x: number): number {
  if (x <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= x * 1.05) return m * p;
  return 10 * p;
}
