// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SERVE_ORDER, STATIC_WIDTHS, printUid, staticCss, staticMarkup } from '@/lib/charts/staticSvg';
import { SOURCES_PAGE_SIZE, pageCount, pageOf, pageRange, parsePage } from '@/lib/site/paging';
import { measureText, toPicture } from '../../scripts/chart-svg';

describe('the CSS that picks a chart picture', () => {
  it('shows the narrowest by default, and from each width on that width alone', () => {
    const css = staticCss([100, 200, 300]);
    expect(css).toContain('.chart-static>svg{display:none}');
    expect(css).toContain('.chart-static>svg[data-w="100"]{display:block;max-width:100%;height:auto}');
    expect(css).toContain('@container chart (min-width:200px){.chart-static>svg[data-w="100"]{display:none}.chart-static>svg[data-w="200"]{display:block}}');
    expect(css).toContain('@container chart (min-width:300px){.chart-static>svg[data-w="200"]{display:none}.chart-static>svg[data-w="300"]{display:block}}');
    // widths rise, so a later rule overrides an earlier one and a single picture shows at any width
    expect([...STATIC_WIDTHS]).toEqual([...STATIC_WIDTHS].sort((a, b) => a - b));
    // the HTML holds every width once, in its own order
    expect([...SERVE_ORDER].sort((a, b) => a - b)).toEqual([...STATIC_WIDTHS]);
  });
  it('puts the pictures one after the other, and nothing for a chart without', () => {
    expect(staticMarkup([{ w: 1, h: 1, svg: '<svg a></svg>' }, { w: 2, h: 1, svg: '<svg b></svg>' }])).toBe('<svg a></svg><svg b></svg>');
    expect(staticMarkup(undefined)).toBe('');
  });
});

describe('a picture made from recharts markup', () => {
  const host = () => {
    const d = document.createElement('div');
    d.innerHTML = '<div class="recharts-wrapper"><svg class="recharts-surface" role="application" tabindex="0" width="400" height="120" viewBox="0 0 400 120" style="width:100%"><title></title><desc></desc>'
      + '<g class="recharts-layer"><g class="recharts-layer recharts-bar"><defs><clipPath id="clipPath-recharts-bar-_r_1_"><rect x="1" y="2" width="3" height="4"></rect></clipPath></defs>'
      + '<g clip-path="url(#clipPath-recharts-bar-_r_1_)"><rect data-mark="bar" data-row="a" x="10.123456" y="20" width="30" height="10"></rect></g></g></g>'
      + '<g class="recharts-zIndex-layer_100"></g><g class="recharts-cartesian-grid"><line x="3" y="4" width="5" height="6" stroke="#ccc" x1="1" y1="2" x2="3" y2="4"></line>'
      + '<line x="3" y="4" width="5" height="6" stroke="#ccc" x1="5" y1="6" x2="7" y2="8"></line><line stroke="#000" x1="0" y1="0" x2="1" y2="1"></line></g>'
      + '<text class="recharts-text recharts-label" width="80" offset="5" x="1" y="2"><tspan x="1" dy="0.355em">12</tspan></text>'
      + '<text x="1" y="2"><tspan x="1" dy="0">two</tspan><tspan x="1" dy="1.1em">lines</tspan></text>'
      + '<defs><clipPath id="recharts9-clip"><rect></rect></clipPath></defs></svg></div>';
    return d;
  };
  it('is decorative, lean, and its ids are its own', () => {
    const p = toPicture(host(), 'demo', 400);
    expect(p).toMatchObject({ w: 400, h: 120 });
    expect(p.svg).toMatch(/^<svg class="recharts-surface" width="400" height="120" viewBox="0 0 400 120" data-w="400" aria-hidden="true" focusable="false">/);
    expect(p.svg).not.toMatch(/role=|tabindex|<title>|<desc>|recharts-zIndex|recharts-layer|style="width/);
    expect(p.svg).toContain('<clipPath id="s-demo-400-0">');
    expect(p.svg).toContain('clip-path="url(#s-demo-400-0)"');
    expect(p.svg).toContain('<rect data-mark="bar" data-row="a" x="10.12" y="20" width="30" height="10">');
    // the class the site's CSS styles stays, with its wrapper; idle attributes go
    // lines drawn alike are one path; a line drawn otherwise stays
    expect(p.svg).toContain('<g class="recharts-cartesian-grid"><path stroke="#ccc" d="M1 2L3 4M5 6L7 8"></path><line stroke="#000" x1="0" y1="0" x2="1" y2="1"></line></g>');
    // a one-line text is one element; a wrapped one keeps its lines
    expect(p.svg).toContain('<text class="recharts-text recharts-label" x="1" y="2" dy="0.36em">12</text>');
    expect(p.svg).toContain('<text x="1" y="2"><tspan x="1" dy="0">two</tspan><tspan x="1" dy="1.1em">lines</tspan></text>');
    // a clip path nothing uses is left out; one in use stays
    expect(p.svg).not.toContain('recharts9-clip');
    expect(p.svg).toContain('<clipPath id="s-demo-400-0">');
  });
  it('a card picture stretches to its box', () => {
    const p = toPicture(host(), 'demo-mini', 320, 'mini');
    expect(p.svg).toContain('data-w="mini"');
    expect(p.svg).toContain('width="100%"');
    expect(p.svg).toContain('preserveAspectRatio="none"');
  });
  it('a printed page\'s picture is shown whatever its box, and its ids are safe in url()', () => {
    const uid = printUid('demo', [{ row: { id: 'r-1' } }, { row: { id: 'r-2' } }], { width: 702, height: 531, font: 13 });
    const p = toPicture(host(), uid, 702, 'print');
    expect(p.svg).toContain('data-w="print"');
    expect(p.svg).toContain('width="400"');
    expect(p.svg).toMatch(/<clipPath id="s-demo-print-702x531-13-r-1-2-702-0">/);
    expect(p.svg).toContain('clip-path="url(#s-demo-print-702x531-13-r-1-2-702-0)"');
  });
  it('a printed page\'s picture is found by the box and the rows it was drawn for', () => {
    const rows = [{ row: { id: 'a' } }, { row: { id: 'b' } }];
    const box = { width: 702, height: 531, font: 13 };
    expect(printUid('demo', rows, box)).toBe(printUid('demo', rows.map((r) => ({ row: { ...r.row } })), { ...box }));
    for (const other of [printUid('demo', rows.slice(1), box), printUid('demo', rows, { ...box, height: 530 }), printUid('demo', rows, { ...box, font: 14 }), printUid('demo2', rows, box)]) {
      expect(other).not.toBe(printUid('demo', rows, box));
    }
  });
  it('says which chart failed when recharts drew nothing', () => {
    expect(() => toPicture(document.createElement('div'), 'demo', 400)).toThrow('chart-svg: demo at 400 px: recharts drew no <svg>');
  });
  it('measures text with the browser\'s widths of the site font', () => {
    expect(measureText('', 12)).toBe(0);
    expect(measureText('0000', 10)).toBeCloseTo(4 * measureText('0', 10));
    expect(measureText('W', 20)).toBeGreaterThan(measureText('i', 20));
    expect(measureText('12', 24)).toBeCloseTo(2 * measureText('12', 12));
  });
});

describe('pages of the sources list', () => {
  it('counts pages and finds the page of a row', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(SOURCES_PAGE_SIZE)).toBe(1);
    expect(pageCount(SOURCES_PAGE_SIZE + 1)).toBe(2);
    expect(pageOf(-1)).toBe(0);
    expect(pageOf(SOURCES_PAGE_SIZE - 1)).toBe(0);
    expect(pageOf(SOURCES_PAGE_SIZE)).toBe(1);
    expect(pageRange(1, 120, 50)).toEqual([50, 100]);
    expect(pageRange(2, 120, 50)).toEqual([100, 120]);
    expect(pageRange(9, 120, 50)).toEqual([100, 120]);
  });
  it('reads a page from a link, clamped, anything else the first', () => {
    expect(parsePage('2', 120, 50)).toBe(1);
    expect(parsePage('99', 120, 50)).toBe(2);
    for (const bad of [null, '', '0', '-1', '1e3', 'x', '<script>', '1.5']) expect(parsePage(bad, 120, 50), String(bad)).toBe(0);
  });
});
