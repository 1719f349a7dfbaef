// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { ChartFrame } from '@/components/chart/ChartFrame';
import { readDataset } from '@/lib/data/data';
import { CHARTS, resolveChart } from '@/lib/charts/charts';
import { requireSeeds } from './helpers';

const { dataset } = readDataset(undefined, requireSeeds());
const sources = dataset.sources.map(({ file, title, author, kind }) => ({ file, title, author, kind }));
const site = { version: '0.1.0', built: '2026-11-24', siteUrl: '' };
const chart = (slug: string) => resolveChart(CHARTS.find((c) => c.slug === slug)!, dataset);

let blobs: Blob[] = [];
beforeEach(() => {
  blobs = [];
  window.history.replaceState(null, '', '/page');
  URL.createObjectURL = vi.fn((b: Blob) => { blobs.push(b); return 'blob:test'; });
  URL.revokeObjectURL = vi.fn();
  HTMLAnchorElement.prototype.click = vi.fn();
});
afterEach(cleanup);

const text = (b: Blob) => new Promise<string>((resolve) => {
  const r = new FileReader();
  r.onload = () => resolve(r.result as string);
  r.readAsText(b);
});
const tableWrap = (frame: HTMLElement) => frame.querySelector('.chart-table') as HTMLElement;

describe('ChartFrame', () => {
  it('carries title, subtitle, summary, source line and the data table in its first render', () => {
    render(<ChartFrame chart={chart('executed-by-rank')} sources={sources} site={site} themeSlug="theme" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Commanders executed, by rank' })).toBeTruthy();
    expect(screen.getByText(/Executed by GPU firing squads/)).toBeTruthy();
    expect(screen.getByText(/^Bar chart of 5 figures from document 001\./)).toBeTruthy();
    expect(screen.getByText(/^Source: Russia: From Revolution to Counter-revolution/)).toBeTruthy();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
    expect(within(table).getByRole('rowheader', { name: 'Brigade commanders executed' })).toBeTruthy();
  });

  it('the Table toggle shows the plotted rows with quote and line, and puts the view in the URL', async () => {
    const user = userEvent.setup();
    const { container } = render(<ChartFrame chart={chart('central-committee-1934')} sources={sources} site={site} themeSlug="theme" />);
    const frame = container.querySelector('[data-chart="central-committee-1934"]') as HTMLElement;
    expect(tableWrap(frame).classList.contains('visually-hidden')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    expect(frame.dataset.view).toBe('table');
    expect(tableWrap(frame).classList.contains('visually-hidden')).toBe(false);
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
    expect(window.location.search).toBe('?central-committee-1934.view=table');
    const rows = within(tableWrap(frame)).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-row'))).toEqual(['cong_cc_members_000', 'cong_cc_victims_000', 'cong_cc_victims_001', 'cong_cc_victims_004']);
    const r004 = rows[3];
    expect(within(r004).getByText('004, line 171').getAttribute('href')).toBe('/sources#row-cong_cc_victims_004');
    expect(r004.textContent).toContain(dataset.stats.congress.find((r) => r.id === 'cong_cc_victims_004')!.quote);
  });

  it('shows both sides of a disagreement, each with its document', async () => {
    render(<ChartFrame chart={chart('central-committee-1934')} sources={sources} site={site} themeSlug="theme" />);
    const table = screen.getByRole('table');
    const disputed = table.querySelectorAll('tr.disputed');
    expect(disputed).toHaveLength(3);
    const figures = [...disputed].map((tr) => tr.querySelector('td.num')!.textContent);
    expect(figures).toEqual(['110 members', '110 members', '98 members']);
    // the unit chart draws one panel per estimate, 139 squares each: one path per part and one for the rest
    expect(document.querySelectorAll('[data-panel]')).toHaveLength(3);
    const squares = (sel: string) => [...document.querySelectorAll(sel)].reduce((n, e) => n + Number(e.getAttribute('data-count')), 0);
    expect(document.querySelectorAll('[data-mark="units"]')).toHaveLength(6);
    expect(squares('[data-mark="units"]')).toBe(3 * 139);
    expect(squares('[data-mark="units"][data-filled]')).toBe(110 + 110 + 98);
    // the path holds as many squares as it says
    for (const p of document.querySelectorAll('[data-mark="units"]')) expect((p.getAttribute('d')?.match(/z/g) ?? []).length).toBe(Number(p.getAttribute('data-count')));
  });

  it('Download CSV gives exactly the plotted rows, in the schema of data/, and follows hidden series', async () => {
    const user = userEvent.setup();
    const c = chart('collective-farms');
    render(<ChartFrame chart={c} sources={sources} site={site} themeSlug="theme" />);
    await user.click(screen.getByRole('link', { name: 'Data in this view (CSV)' }));
    // the CSV writer loads on first use
    await waitFor(() => expect(blobs).toHaveLength(1));
    const all = Papa.parse<Record<string, string>>(await text(blobs[0]), { header: true, skipEmptyLines: true });
    expect(all.meta.fields).toContain('quote');
    expect(all.data.map((r) => r.id)).toEqual(c.rows.map((r) => r.row.id));
    expect(all.data.find((r) => r.id === 'coll_farms_1936')?.value).toBe('89.6');

    await user.click(screen.getByRole('button', { name: /Crop area collectivised/ }));
    expect(window.location.search).toBe('?collective-farms.hide=crop');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + c.rows.length - 2);
    await user.click(screen.getByRole('link', { name: 'Data in this view (CSV)' }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    const some = Papa.parse<Record<string, string>>(await text(blobs[1]), { header: true, skipEmptyLines: true });
    expect(some.data.map((r) => r.id)).toEqual(c.rows.filter((r) => r.series !== 'crop').map((r) => r.row.id));
  });

  it('restores its state from the URL and copies a link that carries it', async () => {
    window.history.replaceState(null, '', '/repression?prisoners.view=table&prisoners.scale=log');
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<ChartFrame chart={chart('prisoners')} sources={sources} site={site} themeSlug="theme" />);
    const frame = container.querySelector('[data-chart="prisoners"]') as HTMLElement;
    expect(frame.dataset.view).toBe('table');
    expect(screen.getByRole('button', { name: 'Log' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/repression?prisoners.view=table&prisoners.scale=log#prisoners');
    expect((screen.getByRole('textbox', { name: 'Link to this chart' }) as HTMLInputElement).value).toContain('prisoners.scale=log');
    expect(within(screen.getByRole('group', { name: /^Downloads for/ })).getByRole('status').textContent).toBe('Link copied');
  });

  it('cites the chart at its page address with the seeds behind it, and copies the BibTeX', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = render(<ChartFrame chart={chart('central-committee-1934')} sources={sources} site={site} themeSlug="congress" />);
    const cite = container.querySelector('[data-section="cite"]') as HTMLElement;
    expect(within(cite).getByLabelText('Citation (APA)').textContent).toContain('Retrieved 24 November 2026, from http://localhost:3000/congress#central-committee-1934');
    // the disputed panel draws on three documents: each is cited
    expect(cite.querySelectorAll('.seed-refs li')).toHaveLength(3);
    const bib = within(cite).getByLabelText('BibTeX').textContent ?? '';
    await user.click(within(cite.querySelector('[data-copy="BibTeX"]') as HTMLElement).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(bib);
    expect(bib).toMatch(/^@misc\{purgeatlas_central_committee_1934,/);
    // an embed has no reuse panel and its link goes back to the page
    cleanup();
    const embed = render(<ChartFrame chart={chart('central-committee-1934')} sources={sources} site={site} themeSlug="congress" embed />);
    expect(embed.container.querySelector('[data-reuse]')).toBeNull();
  });
});
