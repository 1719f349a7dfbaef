/** Okabe–Ito colours (CSS variables in app/globals.css), safe for the common colour-vision deficiencies. */
export const SERIES_COLOURS = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)', 'var(--c5)', 'var(--c6)'] as const;

export const colourAt = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length];

/** Pattern id for the hatch that marks approximate figures, per colour index. */
export const hatchId = (uid: string, i: number) => `hatch-${uid}-${i % SERIES_COLOURS.length}`;

/** Dash pattern per series of a line chart, so lines differ by more than colour. */
export const SERIES_DASHES = [undefined, '10 5', '3 4', '14 4 3 4', '6 3', '2 2'] as const;
export const dashAt = (i: number) => SERIES_DASHES[i % SERIES_DASHES.length];
