import { describe, expect, it } from 'vitest';
import { wrapLabel } from '@/components/chart/BarView';

describe('bar labels', () => {
  it('stay on one line when they fit', () => expect(wrapLabel('Arrests, 1935–40', 30)).toEqual(['Arrests, 1935–40']));
  it('wrap at a space onto a second line', () => {
    expect(wrapLabel('Executions "in an individual year" (forum figure)', 34)).toEqual(['Executions "in an individual year"', '(forum figure)']);
  });
  it('never lose the start of a label, and mark a cut end with an ellipsis', () => {
    const lines = wrapLabel('Shot without trial by the Cheka, 1918 – first half of 1919, and more words besides', 20);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Shot without trial');
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines[1].length).toBeLessThanOrEqual(20);
  });
  it('keeps a single long word whole on the first line', () => expect(wrapLabel('Supercalifragilistic words', 8)[0]).toBe('Supercalifragilistic'));
});
