/** What a chart shows a reader, for e2e tests: the marks not hidden, whether they come from the build-time picture or the live chart. */
import type { Locator } from '@playwright/test';

export interface Shown { marks: number; filled: number; rows: string[]; surfaces: number; live: boolean }

/**
 * Marks under `scope` a reader can see: the picture drawn for the box's width (the others are display: none), or
 * the live chart once it has taken over (drawn hidden until then). A unit chart's path counts as its squares.
 */
export function shownMarks(scope: Locator, area = '.chart-area'): Promise<Shown> {
  return scope.evaluate((root, area) => {
    const seen = (e: Element) => e.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true } as CheckVisibilityOptions);
    const marks = [...root.querySelectorAll(`${area} [data-mark]`)].filter(seen);
    const count = (e: Element) => Number(e.getAttribute('data-count') ?? 1);
    return {
      marks: marks.reduce((s, e) => s + count(e), 0),
      filled: marks.filter((e) => e.hasAttribute('data-filled')).reduce((s, e) => s + count(e), 0),
      rows: marks.filter((e) => e.getAttribute('data-mark') !== 'units').map((e) => e.getAttribute('data-row') ?? ''),
      surfaces: [...root.querySelectorAll(`${area} svg.recharts-surface`)].filter(seen).length,
      live: root.querySelector('.chart-body[data-live="true"]') !== null,
    };
  }, area);
}
