import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_DECK } from '../../lib/lecture/deck';
import { loadDataset } from '../../lib/data/data';
import { quotableRows } from '../../lib/lecture/quotes';

/** The lecturer's own deck beyond writing slides: a quote slide from any row of data, thumbnails, inserting while presenting. */
const rows = quotableRows(loadDataset());

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('.deck[data-ready="true"]')).toBeAttached();
}

test('a quote slide made from a row of data, found and chosen with the keyboard, shows its quote, document and line', async ({ page }) => {
  await page.goto('/deck');
  await page.getByRole('button', { name: 'start from the default deck' }).click();
  await page.getByLabel('New slides go').selectOption({ index: 1 }); // first
  await page.getByLabel('Kind').selectOption('quote');
  // every table can be searched; the rows come from the data, with their quotes
  const list = page.getByRole('listbox');
  await expect(page.locator('.row-picker-list span')).toHaveText(`${rows.length} of ${rows.length} rows (first 200 listed)`);
  await page.getByLabel(/^Table/).selectOption('officer_corps');
  await page.getByLabel(/^Find/).fill('35,000 liquidated');
  const row = rows.find((r) => r.ref === 'officer_corps/off_liquidated_000')!;
  await expect(list.getByRole('option')).toContainText([`officer_corps · ${row.label}`]);
  // keyboard: into the list, down to the row
  const at = (await list.getByRole('option').allTextContents()).indexOf(`officer_corps · ${row.label}`);
  expect(at).toBeGreaterThanOrEqual(0);
  await list.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('picked-row')).toContainText(row.quote);
  await expect(page.getByTestId('picked-row')).toContainText(`line ${row.locator}`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(row.label);
  await page.getByLabel(/^Text/).fill('Compare the 001 range.');
  await page.getByRole('button', { name: 'Add this slide' }).click();
  await expect(page.locator('[data-deck-item]').first()).toContainText(`Your quote slide: ${row.label}`);
  // presented: the quote as the data has it, its document and line, and the lecturer's words
  await page.getByRole('link', { name: 'Present my deck' }).click();
  await expect(page.locator('.deck[data-ready="true"]')).toBeAttached();
  const slide = page.locator('.slide[data-own="quote"]');
  await expect(slide.locator('blockquote')).toHaveText(`“${row.quote}”`);
  await expect(slide.locator('.slide-quote-cite')).toContainText(`(000), line ${row.locator}`);
  await expect(slide).toContainText('Compare the 001 range.');
  // a forged link cannot change the quote: only the row's name travels, and a row the data lacks is said to be missing
  const url = new URL(page.url());
  const own = JSON.parse(Buffer.from(url.searchParams.get('own')!, 'base64url').toString());
  expect(Object.values(own)[0]).toEqual({ kind: 'quote', title: row.label, text: 'Compare the 001 range.', row: row.ref });
  const forged = Buffer.from(JSON.stringify({ 'own-1': { kind: 'quote', title: 'Forged', text: '', row: 'officer_corps/no_such_row' } })).toString('base64url');
  await open(page, `/present?deck=own-1,title&own=${forged}`);
  await expect(page.locator('.slide[data-own="quote"] [role="alert"]')).toContainText('has no row officer_corps/no_such_row');
});

test('the deck list shows a thumbnail of each slide: the chart drawn small, a sketch of the network, the words of own slides', async ({ page }) => {
  await page.goto('/deck');
  await page.getByRole('button', { name: 'start from the default deck' }).click();
  const thumbs = page.locator('[data-deck-item] .thumb');
  await expect(thumbs).toHaveCount(DEFAULT_DECK.length);
  await expect(page.locator('[data-thumb="collective-farms"] .recharts-surface')).toBeAttached();
  // drawn when it comes near the viewport
  await page.locator('[data-thumb="central-committee-1934"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-thumb="central-committee-1934"] [data-mark="units"]').first()).toBeAttached();
  await expect(page.locator('[data-thumb="network"] svg')).toBeAttached();
  await expect(page.locator('[data-thumb="title"]')).toHaveText('Purge Atlas');
  // a thumbnail is a picture beside the slide's name, not a second name for screen readers or the keyboard
  await expect(thumbs.first()).toHaveAttribute('aria-hidden', 'true');
  await page.screenshot({ path: 'test-results/screenshots/deck-thumbnails.png', fullPage: true });
});

test('while presenting, a slide is inserted after the current one, from the presenter view and with I in the room; the audience follows', async ({ context }) => {
  const audience = await context.newPage();
  await open(audience, '/present?slide=3');
  const presenter = await context.newPage();
  await open(presenter, '/present?presenter=1&slide=3');
  await expect(audience.locator('.slide')).toHaveAttribute('data-slide', DEFAULT_DECK[2]);
  // presenter view: insert "Arrested, against the number in post" after slide 3
  await presenter.getByTestId('insert-pick').selectOption('arrested-by-rank');
  await presenter.getByRole('button', { name: 'Insert' }).click();
  await expect(presenter.getByTestId('deck-pos')).toHaveText(new RegExp(`^4 / ${DEFAULT_DECK.length + 1}`));
  await expect(presenter.locator('.presenter-current .slide')).toHaveAttribute('data-slide', 'arrested-by-rank');
  expect(new URL(presenter.url()).searchParams.get('deck')!.split(',')).toEqual([...DEFAULT_DECK.slice(0, 3), 'arrested-by-rank', ...DEFAULT_DECK.slice(3)]);
  // the room follows
  await expect(audience.locator('.deck-audience .slide')).toHaveAttribute('data-slide', 'arrested-by-rank');
  await expect(audience.getByTestId('deck-pos')).toHaveText(new RegExp(`^4 / ${DEFAULT_DECK.length + 1}`));
  // in the room, I opens the same choice (keyboard only)
  await audience.keyboard.press('i');
  const pop = audience.getByRole('dialog', { name: 'Insert a slide' });
  await expect(pop).toBeVisible();
  await pop.getByTestId('insert-pick').focus();
  await pop.getByTestId('insert-pick').selectOption('bureaucracy');
  await audience.keyboard.press('Tab');
  await expect(pop.getByRole('button', { name: 'Insert' })).toBeFocused();
  await audience.keyboard.press('Enter');
  await expect(pop).toBeHidden();
  await expect(audience.locator('.deck-audience .slide')).toHaveAttribute('data-slide', 'bureaucracy');
  await expect(audience.getByTestId('deck-pos')).toHaveText(new RegExp(`^5 / ${DEFAULT_DECK.length + 2}`));
  await expect(presenter.locator('.presenter-current .slide')).toHaveAttribute('data-slide', 'bureaucracy');
});
