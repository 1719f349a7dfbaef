import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// the newest axe-core (a direct dependency), not the one @axe-core/playwright pins: newer rules catch more
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_VERSION: string = JSON.parse(fs.readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
import { CHARTS, THEMES } from '../../lib/charts/charts';

const ROUTES = ['/', ...THEMES.map((t) => `/${t.slug}`), '/network', '/sources', `/embed/${CHARTS[0].slug}`, '/no-such-page',
  '/present', '/present?slide=2', '/present?slide=15&contrast=high', '/present?presenter=1&slide=6', '/present/handout', '/deck',
  '/network/timeline', '/network?view=timeline&node=trotsky', '/people', '/people/trotsky', '/people/anna_larina', '/present?deck=storyline&slide=1&step=6'];

for (const route of ROUTES) {
  test(`axe: no serious or critical violations on ${route}`, async ({ page }) => {
    test.setTimeout(90_000); // the handout and the congress page carry thousands of marks
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const r = await new AxeBuilder({ page, axeSource }).analyze();
    expect(r.testEngine.version).toBe(AXE_VERSION);
    const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} (${v.nodes.length} nodes)`)).toEqual([]);
  });
}
