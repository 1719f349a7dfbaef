import { expect, test } from '@playwright/test';
import { readDataset } from '../../lib/data/data';
import { buildNetwork } from '../../lib/network/network';
import { networkComputed } from '../../lib/network/computed';
import { STORY_PERIODS } from '../../lib/lecture/deck';

const { dataset } = readDataset();
const net = buildNetwork(dataset);
const story = networkComputed(net).storyline;

test('the storyline is in the HTML as served: one line per dated person, the bands of every year, every event mark, without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/network/timeline');
  const svg = page.locator('svg.story-svg');
  await expect(svg).toHaveCount(1);
  await expect(svg.locator('[data-line]')).toHaveCount(story.lines.length);
  expect(story.lines.length + story.undated.length).toBe(dataset.people.length);
  await expect(svg.locator('[data-band]')).toHaveCount(story.bands.length);
  for (const y of [1923, 1926, 1932]) {
    const want = story.bands.filter((b) => b.year === y).map((b) => b.faction).sort();
    expect((await svg.locator(`[data-band][data-year="${y}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-band')))).sort()).toEqual(want);
  }
  await expect(svg.locator('[data-event]')).toHaveCount(story.events.length);
  // each mark carries its quote, document and line, and links to its row of the sources
  const e = story.events[0].relation;
  const mark = svg.locator(`[data-event="${e.id}"]`);
  await expect(mark).toHaveAttribute('aria-label', new RegExp(`${e.quote.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*line ${e.locator}`));
  await expect(mark).toHaveAttribute('href', `/sources#row-${e.id}`);
  // an event the documents disagree about is ringed and says so
  const disputedEvents = new Set(dataset.disagreements.filter((r) => r.table === 'relations').map((r) => r.row).filter((id) => story.events.some((e) => e.relation.id === id)));
  expect(disputedEvents.size).toBeGreaterThan(0);
  await expect(svg.locator('[data-event][data-disputed="true"]')).toHaveCount(disputedEvents.size);
  for (const id of disputedEvents) await expect(svg.locator(`[data-event="${id}"]`)).toHaveAttribute('aria-label', /disputed between documents/);
  // a line ends with the mark of a fate that ended a life
  const shot = story.lines.find((l) => l.end === 'fatal' && l.fate === 'shot')!;
  await expect(svg.locator(`[data-line="${shot.id}"] [data-fate="shot"]`)).toHaveCount(1);
  await ctx.close();
});

test('the Timeline view: the keyboard reaches every mark and reads its quote; a line opens the panel; a year opens the graph', async ({ page }) => {
  await page.goto('/network?view=timeline&year=1927');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.story-svg [data-current-year="1927"]')).toHaveCount(1);
  // Tab from the first year link through the drawing: every event mark takes focus
  await page.locator('.story-svg [data-year-link]').first().focus();
  const reached = new Set<string>();
  for (let i = 0; i < 400 && reached.size < story.events.length; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-event'));
    if (id) reached.add(id);
  }
  expect(reached.size).toBe(story.events.length);
  const last = [...reached].pop()!;
  const rel = story.events.find((e) => e.relation.id === last)!.relation;
  await expect(page.locator('.story-detail')).toContainText(rel.quote.slice(0, 40));
  // selecting a line highlights it and opens the details panel
  await page.locator('.story-svg [data-line="trotsky"] .s-hit').dispatchEvent('click');
  await expect(page.locator('.story-svg [data-line="trotsky"]')).toHaveClass(/on/);
  await expect(page.locator('[data-panel-node="trotsky"]')).toBeVisible();
  await expect(page).toHaveURL(/node=trotsky/);
  // a year on the axis opens the graph at that year
  await page.locator('.story-svg [data-year-link="1923"]').click();
  await expect(page.getByTestId('year')).toHaveText('1923');
  await expect(page.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.net-svg')).toHaveCount(1);
});

test('on a phone the storyline scrolls inside its box with the names pinned at the left', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await ctx.newPage();
  await page.goto('/network/timeline');
  const box = page.locator('.story-scroll');
  await box.evaluate((el) => { el.scrollLeft = 900; el.dispatchEvent(new Event('scroll')); });
  await expect(page.locator('.story-pins')).toHaveAttribute('data-pinned-year', /\d{4}/);
  const pinnedYear = Number(await page.locator('.story-pins').getAttribute('data-pinned-year'));
  const want = story.lines.filter((l) => l.points.some((p) => p.year === pinnedYear)).length;
  await expect(page.locator('.story-pins span')).toHaveCount(want);
  const [pin, scroller] = await Promise.all([page.locator('.story-pins span').first().boundingBox(), box.boundingBox()]);
  expect(pin!.x).toBeLessThan(scroller!.x + 20);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await ctx.close();
});

test('a page for every person, with title, description, fate quote, relations and citation; the index sorts and filters', async ({ page, request }) => {
  for (const p of dataset.people) {
    const res = await request.get(`/people/${p.id}`);
    expect(res.status(), p.id).toBe(200);
    const html = await res.text();
    expect(html, p.id).toContain(`<h1>${p.name.replace(/&/g, '&amp;').replace(/'/g, '&#x27;')}</h1>`);
    expect(html, p.id).toMatch(/<meta name="description" content="[^"]+"/);
  }
  await page.goto('/people/bukharin');
  const b = dataset.people.find((p) => p.id === 'bukharin')!;
  await expect(page.locator('[data-fate]')).toContainText(b.fate.replace(/_/g, ' '));
  await expect(page.locator('section[aria-labelledby="fate"] blockquote').first()).toHaveText(b.quote);
  const rels = net.relations.filter((r) => r.from === 'bukharin' || r.to === 'bukharin');
  await expect(page.locator('[data-relation]')).toHaveCount(rels.length);
  await expect(page.locator('.person-row [data-cell]')).toHaveCount(story.lines.find((l) => l.id === 'bukharin')!.points.length);
  await page.getByText('Cite this page').click();
  await expect(page.locator('[data-section="cite-page"]')).toContainText('Bukharin [Web page]');

  await page.goto('/people');
  await expect(page.locator('tbody tr')).toHaveCount(dataset.people.length);
  await page.getByRole('button', { name: /Year of fate/ }).click();
  const years = await page.locator('tbody tr td[data-label="Year of fate"]').allTextContents();
  const firstYears = years.filter((y) => /\d/.test(y)).map((y) => Number(y.match(/\d{4}/g)!.pop()));
  expect(firstYears).toEqual([...firstYears].sort((x, y) => x - y));
  await page.getByLabel('Faction').selectOption('joint_opposition');
  const people = new Set(dataset.people.map((p) => p.id));
  const members = new Set(net.relations.filter((r) => r.to === 'joint_opposition' && people.has(r.from) && (r.type === 'member_of' || r.type === 'led')).map((r) => r.from));
  await expect(page.locator('tbody tr')).toHaveCount(members.size);
  // the graph's panel links to the person's page
  await page.goto('/network?year=1926&node=zinoviev');
  await page.locator('[data-person-page="zinoviev"]').click();
  await expect(page).toHaveURL(/\/people\/zinoviev$/);
});

test('the storyline slide builds up period by period, with labels at least 20 px at 1920×1080, all inside the slide', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await ctx.newPage();
  await page.goto('/present?deck=storyline');
  for (const [i, [, to]] of STORY_PERIODS.entries()) {
    if (i) await page.keyboard.press('ArrowRight');
    await expect(page.locator(`.slide-storyline[data-upto="${to}"]`)).toHaveCount(1);
    const m = await page.locator('.slide-storyline').evaluate((el) => {
      const svg = el.querySelector('svg')!;
      const box = el.getBoundingClientRect();
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent);
      return {
        min: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
        outside: texts.filter((t) => { const r = t.getBoundingClientRect(); return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1); }).map((t) => t.textContent),
        years: Math.max(...[...svg.querySelectorAll('[data-band]')].map((b) => Number(b.getAttribute('data-year')))),
      };
    });
    expect(m.min).toBeGreaterThanOrEqual(20);
    expect(m.outside).toEqual([]);
    expect(m.years).toBeLessThanOrEqual(to);
  }
  await ctx.close();
});

test('on a phone the people index sorts with its own control (the table is cards there)', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await ctx.newPage();
  await page.goto('/people');
  await page.getByLabel('Sort by').selectOption('year:-1');
  const years = (await page.locator('tbody tr td[data-label="Year of fate"]').allTextContents()).filter((y) => /\d/.test(y)).map((y) => Number(y.match(/\d{4}/g)!.pop()));
  expect(years.length).toBeGreaterThan(10);
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await ctx.close();
});
