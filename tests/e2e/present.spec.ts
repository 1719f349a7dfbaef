import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DECK, TITLE_SLIDE } from '../../lib/lecture/deck';

const pos = (page: Page) => page.getByTestId('deck-pos');
const slideIs = async (page: Page, n: number, id: string) => {
  await expect(pos(page)).toHaveText(new RegExp(`^${n} / `));
  await expect(page.locator('.deck-audience .slide')).toHaveAttribute('data-slide', id);
  await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe(String(n));
};
/** Opens a deck address and waits until it has read its URL and listens to the keys. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.deck[data-ready="true"]')).toBeAttached();
}
const marks = (page: Page) => page.locator('.deck-audience .slide .recharts-surface [data-mark]');

test.use({ viewport: { width: 1920, height: 1080 } });

test('keyboard and clicker keys move through the deck and its build steps; the URL keeps the place', async ({ page }) => {
  await open(page, '/present');
  await expect(pos(page)).toHaveText(`1 / ${DEFAULT_DECK.length}`);
  await expect(page.locator('.slide')).toHaveAttribute('data-slide', TITLE_SLIDE);

  // → opens the collectivisation slide at its first year; PageDown and Space reveal a year each
  await page.keyboard.press('ArrowRight');
  await slideIs(page, 2, 'collective-farms');
  await expect(page.locator('.slide-step')).toHaveText('to 1929');
  await expect(marks(page).first()).toBeAttached();
  const first = await marks(page).count();
  await page.keyboard.press('PageDown');
  await expect(page.locator('.slide-step')).toHaveText('to 1930');
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
  await page.keyboard.press(' ');
  await expect(page.locator('.slide-step')).toHaveText('to 1931');
  await expect.poll(() => marks(page).count()).toBeGreaterThan(first);
  // PageUp goes back a step
  await page.keyboard.press('PageUp');
  await expect(page.locator('.slide-step')).toHaveText('to 1930');

  // End, Home, and a number + Enter
  await page.keyboard.press('End');
  await slideIs(page, DEFAULT_DECK.length, 'storyline');
  await page.keyboard.press('Home');
  await slideIs(page, 1, TITLE_SLIDE);
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await slideIs(page, 7, DEFAULT_DECK[6]);
  await page.keyboard.press('ArrowLeft');
  await slideIs(page, 6, DEFAULT_DECK[5]);

  // a refresh keeps the place, and so does a link
  await page.reload();
  await slideIs(page, 6, DEFAULT_DECK[5]);
  await open(page, '/present?slide=3');
  await slideIs(page, 3, DEFAULT_DECK[2]);
});

test('slides are readable from the back: axis labels of at least 24 px at 1080p, title and source line on screen', async ({ page }) => {
  await open(page, '/present?slide=7');
  await slideIs(page, 7, 'executed-by-rank');
  const ticks = page.locator('.slide .recharts-cartesian-axis-tick-value');
  await expect(ticks.first()).toBeVisible();
  const sizes = await ticks.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(sizes.length).toBeGreaterThan(3);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  for (const sel of ['.slide-title', '.slide-source']) {
    const box = await page.locator(sel).boundingBox();
    expect(box!.y + box!.height, sel).toBeLessThanOrEqual(1080);
  }
  expect(parseFloat(await page.locator('.slide-title').evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(40);
  await expect(page.locator('.slide-source')).toContainText('line 336');
  // the chart fills the screen: the plot is most of the viewport wide
  const chart = await page.locator('.slide .recharts-surface').boundingBox();
  expect(chart!.width).toBeGreaterThan(1920 * 0.7);
  await page.screenshot({ path: 'test-results/screenshots/present-1080p.png' });
});

test('a slide keys its series, and its lines differ by dash as well as colour', async ({ page }) => {
  await open(page, '/present?slide=2&step=8');
  await expect(page.locator('.slide-key li')).toHaveText(['Collective farms', 'Crop area collectivised', 'Level before the 1929 rise']);
  const curves = page.locator('.slide .recharts-line-curve');
  await expect(curves.first()).toBeAttached();
  const dashes = await curves.evaluateAll((els) => els.map((e) => e.getAttribute('stroke-dasharray') ?? 'solid'));
  expect(new Set(dashes).size).toBe(dashes.length);
});

test('F asks for fullscreen, C switches to high contrast (kept), Esc leaves for the chart\'s page', async ({ page }) => {
  await page.addInitScript(`(() => {
    window.__fullscreenRequests = 0;
    const orig = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (...a) { window.__fullscreenRequests++; return orig ? orig.apply(this, a).catch(() => {}) : Promise.resolve(); };
  })()`);
  await open(page, '/present?slide=7');
  await slideIs(page, 7, 'executed-by-rank');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate('window.__fullscreenRequests')).toBe(1);
  await page.evaluate('document.fullscreenElement && document.exitFullscreen()');

  await page.keyboard.press('c');
  await expect(page.locator('.deck')).toHaveAttribute('data-contrast', 'high');
  expect(await page.locator('.deck').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 0, 0)');
  expect(await page.locator('.slide-title').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(page.locator('.deck[data-ready="true"]')).toHaveAttribute('data-contrast', 'high');
  await page.screenshot({ path: 'test-results/screenshots/present-high-contrast.png' });
  await page.keyboard.press('c');
  await expect(page.locator('.deck')).toHaveAttribute('data-contrast', 'normal');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/officer-corps#executed-by-rank$/);
});

test('the presenter view shows current and next slides, notes from the quotes and a timer, and drives the audience window', async ({ context }) => {
  // the lecture clock runs on Playwright's clock (time flows until paused, then moves only when told), not the wall clock
  await context.clock.install();
  const audience = await context.newPage();
  await open(audience, '/present?slide=5');
  await slideIs(audience, 5, DEFAULT_DECK[4]);
  const presenter = await context.newPage();
  await open(presenter, '/present?presenter=1&slide=5');
  await expect(presenter.locator('[data-presenter="true"]')).toBeVisible();
  await expect(presenter.locator('.presenter-current .slide')).toHaveAttribute('data-slide', DEFAULT_DECK[4]);
  await expect(presenter.locator('.presenter-next .slide')).toHaveAttribute('data-slide', DEFAULT_DECK[5]);
  // notes: every figure of the slide with its verbatim quote and line
  await expect(presenter.locator(`[data-notes="${DEFAULT_DECK[4]}"] li q`).first()).toBeVisible();
  await expect(presenter.locator(`[data-notes="${DEFAULT_DECK[4]}"]`)).toContainText(/line \d+/);
  // the clock waits for the lecturer; it counts once started
  await expect(presenter.getByTestId('timer')).toHaveText('00:00');
  await context.clock.pauseAt(await presenter.evaluate(() => Date.now() + 1000));
  await presenter.getByRole('button', { name: 'Start' }).click();
  await context.clock.runFor(65_000);
  await expect(presenter.getByTestId('timer')).toHaveText('01:05');
  await context.clock.resume();
  // the presenter moves on; the audience window follows
  await presenter.keyboard.press('PageDown');
  await expect(presenter.locator('.presenter-current .slide')).toHaveAttribute('data-slide', DEFAULT_DECK[5]);
  await expect(audience.locator('.deck-audience .slide')).toHaveAttribute('data-slide', DEFAULT_DECK[5]);
  await expect(pos(audience)).toHaveText(/^6 \//);
});

test("the presenter's previews are drawn at the audience window's size and scaled down, so labels wrap as the room sees them", async ({ context }) => {
  const slide = DEFAULT_DECK.indexOf('officer-shares') + 1;
  const audience = await context.newPage();
  await audience.setViewportSize({ width: 1600, height: 900 });
  await open(audience, `/present?slide=${slide}`);
  const room = await audience.locator('.deck-audience .slide-room').evaluate((el) => `${el.clientWidth}x${el.clientHeight}`);
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await open(presenter, `/present?presenter=1&slide=${slide}`);
  // the audience window answers the presenter's hello with its room; the preview is that size, scaled to fit
  await expect(presenter.locator('.presenter-current')).toHaveAttribute('data-room', room);
  const stage = presenter.locator('.presenter-current .stage-room');
  await expect(stage).toHaveCSS('width', `${room.split('x')[0]}px`);
  expect(Number(await stage.getAttribute('data-scale'))).toBeLessThan(1);
  // same lecture sizes, same label lines as the room: nothing is cut that the room sees whole
  const ticks = (page: Page, scope: string) => page.locator(`${scope} .slide[data-slide="officer-shares"] .recharts-cartesian-axis-tick-value`);
  await expect(ticks(audience, '.deck-audience').first()).toBeAttached();
  await expect(ticks(presenter, '.presenter-current').first()).toBeAttached();
  const seen = await ticks(audience, '.deck-audience').allTextContents();
  await expect.poll(() => ticks(presenter, '.presenter-current').allTextContents()).toEqual(seen);
  expect(seen.join(' ')).not.toContain('…');
  const titleSize = (page: Page, scope: string) => page.locator(`${scope} .slide-title`).evaluate((el) => getComputedStyle(el).fontSize);
  expect(await titleSize(presenter, '.presenter-current')).toBe(await titleSize(audience, '.deck-audience'));
  // the audience window is resized: the preview follows
  await audience.setViewportSize({ width: 1280, height: 720 });
  const smaller = await audience.locator('.deck-audience .slide-room').evaluate((el) => `${el.clientWidth}x${el.clientHeight}`);
  await expect(presenter.locator('.presenter-current')).toHaveAttribute('data-room', smaller);
});

test('a lecturer builds a deck from the dashboard, reorders it, presents it and shares its link', async ({ page, browser }) => {
  await page.goto('/officer-corps');
  await page.locator('[data-add-to-deck="executed-by-rank"]').click();
  await page.locator('[data-add-to-deck="officers-liquidated"]').click();
  // the visible text, and an accessible name that begins with it and names the chart
  await expect(page.getByRole('button', { name: /^In my deck \(2\).*"Officers liquidated, as 000 and 001 give them"; press to take it out$/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-add-to-deck="officers-liquidated"]')).toHaveText(/^In my deck \(2\)/);
  await page.goto('/deck');
  await expect(page.locator('[data-deck-item]')).toHaveCount(2);
  await page.getByRole('button', { name: 'Add "The party struggle, year by year (network)"' }).click();
  await page.getByRole('button', { name: 'Move "Officers liquidated, as 000 and 001 give them" up' }).click();
  await expect(page.locator('[data-deck-item]')).toHaveText([/Officers liquidated/, /Commanders executed/, /party struggle/]);
  await page.reload();
  await expect(page.locator('[data-deck-item]')).toHaveCount(3);
  const link = await page.locator('[data-copy="Link to this deck"] pre').textContent();
  expect(link).toMatch(/\/present\?deck=officers-liquidated%2Cexecuted-by-rank%2Cnetwork$/);
  await page.getByRole('link', { name: 'Present my deck' }).click();
  await expect(page.locator('.deck[data-ready="true"]')).toBeAttached();
  await expect(pos(page)).toHaveText('1 / 3');
  await expect(page.locator('.slide')).toHaveAttribute('data-slide', 'officers-liquidated');
  // the link works in another browser, without its storage
  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const p2 = await other.newPage();
  await open(p2, link!.replace(/^https?:\/\/[^/]+/, `http://127.0.0.1:${new URL(page.url()).port}`));
  await expect(pos(p2)).toHaveText('1 / 3');
  await p2.keyboard.press('End');
  await expect(p2.locator('.slide')).toHaveAttribute('data-slide', 'network');
  await other.close();
});

test('the handout prints one chart per page with its sources', async ({ page }) => {
  await page.goto('/present/handout');
  const pages = page.locator('.handout-page');
  const n = DEFAULT_DECK.filter((id) => id !== TITLE_SLIDE).length;
  await expect(pages).toHaveCount(n);
  // fourteen charts and the chart library loaded on demand: on a busy 2-core runner this takes more than 5 s
  await expect(pages.nth(1).locator('.recharts-surface [data-mark]').first()).toBeAttached({ timeout: 20_000 });
  await page.emulateMedia({ media: 'print' });
  for (let i = 0; i < n; i++) {
    const p = pages.nth(i);
    await expect(p.locator('.slide-title')).toBeVisible();
    await expect(p.locator('.slide-source')).toContainText(/Sources?:/);
    // each slide starts a new page (the first follows the page's head)
    if (i > 0) expect(await p.evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
  }
  await expect(page.locator('.deck-bar, .handout-head')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/handout.pdf', pdf);
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  // a page per slide, more where a slide's list of quotes runs on
  expect(pageCount).toBeGreaterThanOrEqual(n);
});

test('a PNG export is twice the size of the chart and not blank', async ({ page }) => {
  await page.goto('/officer-corps');
  const frame = page.locator('section[data-chart="executed-by-rank"]');
  await expect(frame.locator('.chart-area [data-mark]:visible').first()).toBeAttached();
  const width = await frame.locator('.chart-export').evaluate((e) => e.getBoundingClientRect().width);
  const [dl] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download PNG' }).click()]);
  const png = fs.readFileSync((await dl.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(Math.abs(png.readUInt32BE(16) - 2 * width)).toBeLessThanOrEqual(2);
  // decode it in the page and count its colours: a blank image has one
  const colours = await page.evaluate(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png.toString('base64')}';
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    let ink = 0;
    for (let i = 0; i < d.length; i += 16) { seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); if (d[i] < 200 || d[i + 1] < 200 || d[i + 2] < 200) ink++; }
    return { colours: seen.size, ink, total: d.length / 16 };
  })()`) as { colours: number; ink: number; total: number };
  expect(colours.colours).toBeGreaterThan(20);
  expect(colours.ink / colours.total).toBeGreaterThan(0.02);
});

test('presenting: B, . and W blank the screen and any key brings it back; the toolbar and pointer rest; the clock has a target; T switches light and dark', async ({ context }) => {
  await context.clock.install();
  const audience = await context.newPage();
  await audience.setViewportSize({ width: 1024, height: 768 });
  await open(audience, '/present?slide=3');
  // one row of toolbar at 1024×768
  const bar = audience.getByRole('navigation', { name: 'Presentation' });
  const [barBox, btnBox] = await Promise.all([bar.boundingBox(), bar.getByRole('button', { name: 'Previous slide' }).boundingBox()]);
  expect(barBox!.height).toBeLessThan(btnBox!.height * 2);
  await audience.keyboard.press('b');
  await expect(audience.locator('.deck-blank')).toHaveAttribute('data-blank', 'black');
  await audience.keyboard.press('ArrowRight'); // brings the slide back, does not move on
  await expect(audience.locator('.deck-blank')).toHaveCount(0);
  await expect(pos(audience)).toHaveText(/^3 \//);
  await audience.keyboard.press('w');
  await expect(audience.locator('.deck-blank')).toHaveAttribute('data-blank', 'white');
  await audience.keyboard.press('.');
  await expect(audience.locator('.deck-blank')).toHaveAttribute('data-blank', 'black');
  await audience.keyboard.press('Escape');
  await expect(audience.locator('.deck-blank')).toHaveCount(0);
  await expect(audience).toHaveURL(/\/present/);
  // with the mouse at rest the toolbar and pointer hide; a movement brings them back
  await expect(audience.locator('.deck-audience')).toHaveAttribute('data-idle', 'true', { timeout: 15_000 });
  await expect(bar).toBeHidden();
  expect(await audience.locator('.deck-audience').evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
  await audience.mouse.move(200, 200);
  await audience.mouse.move(220, 210);
  await expect(bar).toBeVisible();
  // the presenter blanks the room's screen from the presenter view
  const presenter = await context.newPage();
  await open(presenter, '/present?presenter=1&slide=3');
  await presenter.keyboard.press('b');
  await expect(audience.locator('.deck-blank')).toHaveAttribute('data-blank', 'black');
  await expect(presenter.locator('.presenter-blank')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(audience.locator('.deck-blank')).toHaveCount(0);
  // the clock: start, pause, reset, against a target
  const timer = presenter.locator('.presenter-timer');
  await presenter.getByLabel('Target').fill('1');
  await expect(presenter.getByTestId('timer-left')).toHaveText('01:00 left of 1 min');
  await context.clock.pauseAt(await presenter.evaluate(() => Date.now() + 1000));
  await presenter.getByRole('button', { name: 'Start' }).click();
  await expect(timer).toHaveAttribute('data-state', 'running');
  await context.clock.runFor(61_000);
  await expect(presenter.getByTestId('timer')).toHaveText('01:01');
  await presenter.getByRole('button', { name: 'Pause' }).click();
  await expect(timer).toHaveAttribute('data-state', 'paused');
  await context.clock.runFor(10_000); // a paused clock does not move
  await expect(presenter.getByTestId('timer')).toHaveText('01:01');
  await context.clock.resume();
  await presenter.getByRole('button', { name: 'Reset' }).click();
  await expect(presenter.getByTestId('timer')).toHaveText('00:00');
  await expect(timer).toHaveAttribute('data-state', 'stopped');
  // light and dark inside the presentation
  const before = await presenter.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await presenter.keyboard.press('t');
  await expect.poll(() => presenter.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(before);
  await presenter.keyboard.press('t');
  await expect.poll(() => presenter.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(before);
});

test('editing a deck with the keyboard: move by keys, insert after a place, undo remove and clear, save and open a file, edit a copy of a shared deck', async ({ page, browser }) => {
  await page.goto('/deck');
  await page.getByRole('button', { name: 'start from the default deck' }).click();
  const items = page.locator('[data-deck-item]');
  await expect(items).toHaveCount(DEFAULT_DECK.length);
  const order = () => items.evaluateAll((els) => els.map((e) => e.getAttribute('data-deck-item')));
  // a slide's handle: Home, End and the arrows move it, and it keeps the focus
  const handle = (i: number) => items.nth(i).locator('.deck-handle');
  await handle(9).focus();
  await page.keyboard.press('Home');
  expect((await order())[0]).toBe(DEFAULT_DECK[9]);
  await expect(page.locator(`[data-deck-item="${DEFAULT_DECK[9]}"] .deck-handle`)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  expect((await order()).slice(0, 2)).toEqual([DEFAULT_DECK[0], DEFAULT_DECK[9]]);
  await page.keyboard.press('End');
  expect((await order()).at(-1)).toBe(DEFAULT_DECK[9]);
  // remove, then undo; clear, then undo
  const before = await order();
  await page.getByRole('button', { name: `Remove "${await items.nth(2).locator('.deck-item-title').textContent()}"` }).click();
  await expect(items).toHaveCount(before.length - 1);
  await page.getByRole('button', { name: /^Undo: removed/ }).click();
  expect(await order()).toEqual(before);
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(items).toHaveCount(0);
  await page.getByRole('button', { name: /^Undo: cleared/ }).click();
  expect(await order()).toEqual(before);
  // a new slide goes after the chosen place
  await page.getByLabel('New slides go').selectOption({ index: 3 }); // after slide 2
  const addable = page.locator('.deck-options button').first();
  const newId = await addable.getAttribute('aria-label');
  await addable.click();
  await expect(items).toHaveCount(before.length + 1);
  expect(await items.nth(2).locator('.deck-item-title').textContent()).toBe(newId!.replace(/^Add "|"$/g, ''));
  // save as a file, then open a broken file (a clear error, the deck unchanged) and the saved one
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a file' }).click()]);
  const saved = fs.readFileSync(await dl.path(), 'utf8');
  const now = await order();
  expect(JSON.parse(saved).slides).toEqual(now);
  const input = page.getByLabel('Deck file to open');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: ['title', 'no-such-chart'] })) });
  await expect(page.getByTestId('deck-message')).toHaveAttribute('role', 'alert');
  await expect(page.getByTestId('deck-message')).toHaveText('Could not open bad.json: slide 2: "no-such-chart" is not a slide of this site. Your deck is unchanged.');
  expect(await order()).toEqual(now);
  await input.setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'purge-atlas-deck', version: 1, slides: ['network', 'title'] })) });
  await expect(items).toHaveCount(2);
  expect(await order()).toEqual(['network', 'title']);
  // a deck from a shared link, on another computer: "Edit a copy" makes it that lecturer's deck
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await open(p2, '/present?deck=prisoners,storyline');
  await p2.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(p2).toHaveURL(/\/deck$/);
  await expect(p2.locator('[data-deck-item]')).toHaveCount(2);
  expect(await p2.locator('[data-deck-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-deck-item')))).toEqual(['prisoners', 'storyline']);
  await other.close();
});

test('the lecturer writes notes per slide on /deck; the presenter view shows them beside the notes from the quotes, and the deck file keeps them', async ({ page, context }) => {
  await page.goto('/deck');
  await page.getByRole('button', { name: 'start from the default deck' }).click();
  const item = page.locator(`[data-deck-item="${DEFAULT_DECK[2]}"]`);
  await item.locator('summary').click();
  await item.getByRole('textbox').fill('Ask the room first.\n\nThen show the range.');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a file' }).click()]);
  expect(JSON.parse(fs.readFileSync(await dl.path(), 'utf8')).notes).toEqual({ [DEFAULT_DECK[2]]: 'Ask the room first.\n\nThen show the range.' });
  const presenter = await context.newPage();
  await open(presenter, '/present?presenter=1&slide=3');
  const own = presenter.locator(`[data-own-notes="${DEFAULT_DECK[2]}"]`);
  await expect(own.locator('p')).toHaveText(['Ask the room first.', 'Then show the range.']);
  await expect(presenter.locator(`[data-notes="${DEFAULT_DECK[2]}"] li`).first()).toBeVisible();
  await presenter.keyboard.press('PageDown');
  await expect(presenter.locator('[data-own-notes]')).toHaveCount(0);
});

test("the lecturer writes their own title, section and text slides; they are presented, printed, shared by link and copied", async ({ page, browser }) => {
  await page.goto('/deck');
  await page.getByRole('button', { name: 'start from the default deck' }).click();
  await page.getByLabel('New slides go').selectOption({ index: 1 }); // first
  await page.getByLabel('Kind').selectOption('title');
  await page.getByLabel('Title', { exact: true }).fill('The Great Terror');
  await page.getByLabel(/^Text/).fill('Lecture 7, autumn term');
  await page.getByRole('button', { name: 'Add this slide' }).click();
  await page.getByLabel('Kind').selectOption('text');
  await page.getByLabel('Title', { exact: true }).fill('Questions for the room');
  await page.getByLabel(/^Text/).fill('Who counted the dead?\n\nWhy do the figures differ?');
  await page.getByRole('button', { name: 'Add this slide' }).click();
  const items = page.locator('[data-deck-item]');
  await expect(items).toHaveCount(DEFAULT_DECK.length + 2);
  await expect(items.nth(0)).toContainText('Your title slide: The Great Terror');
  await expect(items.nth(1)).toContainText('Your text slide: Questions for the room');
  const link = (await page.locator('[data-copy="Link to this deck"] pre').textContent())!;
  expect(link).toMatch(/[?&]own=[A-Za-z0-9_-]+/);
  await page.getByRole('link', { name: 'Present my deck' }).click();
  await expect(page.locator('.deck[data-ready="true"]')).toBeAttached();
  await expect(page.locator('.slide[data-own="title"] .slide-title')).toHaveText('The Great Terror');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.slide[data-own="text"] .slide-own-para')).toHaveText(['Who counted the dead?', 'Why do the figures differ?']);
  // the link works on another computer, and "Edit a copy" makes the slides that lecturer's own
  const other = await browser.newContext();
  const p2 = await other.newPage();
  await open(p2, link.replace(/^https?:\/\/[^/]+/, `http://127.0.0.1:${new URL(page.url()).port}`));
  await expect(p2.locator('.slide[data-own="title"] .slide-title')).toHaveText('The Great Terror');
  await p2.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(p2).toHaveURL(/\/deck$/);
  await expect(p2.locator('[data-deck-item]').nth(1)).toContainText('Your text slide: Questions for the room');
  // the handout prints them
  await p2.getByRole('link', { name: 'Handout (PDF)' }).click();
  await expect(p2.locator('.handout-page .slide[data-own="text"]')).toHaveCount(1);
  await other.close();
});
