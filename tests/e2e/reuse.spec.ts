import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readDataset } from '../../lib/data/data';
import { CHARTS, THEMES, chartIds, resolveChart, themeOfTable } from '../../lib/charts/charts';
import { plottedCsv } from '../../lib/reuse/exports';
import { chartFiles } from '../../lib/charts/paths';

const { dataset } = readDataset();

test('every chart has its bundle: CSV of the plotted rows, metadata with seed lines, and a zip of both with a README', async ({ request }) => {
  for (const spec of CHARTS) {
    const files = chartFiles(spec.slug);
    const chart = resolveChart(spec, dataset);
    // byte for byte (text decoding would drop the byte-order mark)
    const csv = (await (await request.get(files.csv)).body()).toString('utf8');
    expect(csv, spec.slug).toBe(plottedCsv(chart));
    const metaRes = await request.get(files.metadata);
    expect(metaRes.headers()['content-type']).toContain('application/json');
    const meta = await metaRes.json();
    expect(meta.title).toBe(spec.title);
    expect(meta.subtitle).toBe(spec.subtitle);
    expect(meta.rows.map((r: { id: string }) => r.id)).toEqual(chartIds(spec));
    expect(meta.page).toBe(`/${themeOfTable(spec.theme)!.slug}#${spec.slug}`);
    expect(meta.units.length).toBeGreaterThan(0);
    expect(meta.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.citation.bibtex).toMatch(/^@misc\{purgeatlas_/);
    // every source line the metadata names is the line of a plotted row
    for (const s of meta.sources as { file: string; lines: number[] }[]) {
      // a copy, sorted as numbers (sorting the metadata's own array in place, as text, would change what is compared below)
      expect([...s.lines].sort((a, b) => a - b)).toEqual([...new Set(chart.rows.filter((r) => r.row.source === s.file).map((r) => r.row.locator))].sort((a, b) => a - b));
    }
    const zip = unzipSync(new Uint8Array(await (await request.get(files.zip)).body()));
    const dir = `purge-atlas-${spec.slug}`;
    expect(Object.keys(zip).sort()).toEqual([`${dir}/${spec.slug}.csv`, `${dir}/${spec.slug}.metadata.json`, `${dir}/README.md`].sort());
    expect(Buffer.from(zip[`${dir}/${spec.slug}.csv`]).toString('utf8')).toBe(csv);
    expect(JSON.parse(strFromU8(zip[`${dir}/${spec.slug}.metadata.json`]))).toEqual(meta);
    expect(strFromU8(zip[`${dir}/README.md`])).toContain(`# ${spec.title}`);
  }
});

test('the download menu offers this view, the full table, the bundle, code that loads the CSV, citations and embed code', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/collectivisation');
  const frame = page.locator('section[data-chart="collective-farms"]');
  await expect(frame.getByRole('link', { name: 'Data in this view (CSV)' })).toHaveAttribute('href', '/charts/collective-farms.csv');
  await expect(frame.getByRole('link', { name: 'Full table (CSV)' })).toHaveAttribute('href', '/data/collectivisation.csv');
  await expect(frame.getByRole('link', { name: 'Chart bundle (ZIP)' })).toHaveAttribute('href', '/charts/collective-farms.zip');
  await expect(frame.getByRole('link', { name: 'Metadata (JSON)' })).toHaveAttribute('href', '/charts/collective-farms.metadata.json');

  // code snippets load the CSV by its absolute address, which answers
  await frame.getByText('Use the data in code').click();
  const url = `${baseURL}/charts/collective-farms.csv`;
  for (const label of ['Python (pandas)', 'R', 'JavaScript']) {
    await expect(frame.locator(`[data-copy="${label}"] pre`)).toContainText(url);
  }
  await expect(frame.locator('[data-copy="Python (pandas)"] pre')).toContainText('pd.read_csv(');
  await expect(frame.locator('[data-copy="R"] pre')).toContainText('read.csv(');
  expect((await page.request.get(url)).status()).toBe(200);

  // citation: text and BibTeX, and the seed behind the figures; the copy button puts BibTeX on the clipboard
  await frame.getByText('Cite this chart').click();
  const text = frame.locator('[data-copy="Citation (APA)"] pre');
  await expect(text).toContainText('Purge Atlas contributors. (');
  await expect(text).toContainText('The proportion of collective farms, 1929–36 [Chart]');
  await expect(text).toContainText(`${baseURL}/collectivisation#collective-farms`);
  await expect(frame.locator('.seed-refs li')).toHaveText(['Russia: From Revolution to Counter-revolution - Part Three [History, undated; seed document 001_fbb34e55a54b9f3d.txt].']);
  await frame.locator('[data-copy="BibTeX"]').getByRole('button', { name: 'Copy' }).click();
  await expect(frame.locator('[data-copy="BibTeX"] [role="status"]')).toHaveText('Copied');
  const clip = await page.evaluate('navigator.clipboard.readText()') as string;
  expect(clip).toMatch(/^@misc\{purgeatlas_collective_farms,\n {2}author = \{\{Purge Atlas contributors\}\},/);
  expect(clip).toContain('howpublished = {\\url{');

  // embed code points at the embed route
  await frame.getByText('Embed', { exact: true }).click();
  await expect(frame.locator('[data-copy="Embed code"] pre')).toContainText(`<iframe src="${baseURL}/embed/collective-farms"`);
});

test('cite this dataset is on the home page with the five seeds', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Cite this dataset').click();
  await expect(page.locator('[data-section="cite-dataset"] [data-copy="BibTeX"] pre')).toContainText('@dataset{purgeatlas_data_');
  await expect(page.locator('[data-section="cite-dataset"] .seed-refs li')).toHaveCount(dataset.sources.length);
});

test('an embed is the chart alone with its title and source line; only embeds may be framed by another site', async ({ page, baseURL }) => {
  const slug = 'officers-liquidated';
  const res = await page.goto(`/embed/${slug}`);
  expect(res!.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(res!.headers()['x-frame-options']).toBeUndefined();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const frame = page.locator(`section[data-chart="${slug}"]`);
  await expect(frame.getByRole('heading', { level: 2 })).toHaveText(CHARTS.find((c) => c.slug === slug)!.title);
  await expect(frame.locator('.chart-source')).toContainText('Source');
  await expect(frame.locator('.chart-area [data-mark]:visible')).toHaveCount(2);
  await expect(page.getByRole('link', { name: /open this chart with its sources/ })).toHaveAttribute('href', `/officer-corps#${slug}`);

  const site = await page.request.get('/officer-corps');
  expect(site.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(site.headers()['x-frame-options']).toBe('DENY');

  // a course page on another origin (its own server on another port) frames both: the embed shows, the site page is refused
  const course = http.createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>Course</title><iframe id="ok" src="${baseURL}/embed/${slug}" width="800" height="600"></iframe>`
      + `<iframe id="no" src="${baseURL}/officer-corps" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => course.listen(0, '127.0.0.1', resolve));
  const refusals: string[] = [];
  page.on('console', (m) => { if (m.text().includes('frame-ancestors')) refusals.push(m.text()); });
  await page.goto(`http://127.0.0.1:${(course.address() as AddressInfo).port}/week-3`);
  const ok = page.frameLocator('#ok');
  await expect(ok.locator(`section[data-chart="${slug}"] h2`)).toHaveText(CHARTS.find((c) => c.slug === slug)!.title);
  await expect(ok.locator('.chart-area [data-mark]:visible')).toHaveCount(2);
  // Chrome replaces a refused frame with its error page: none of the site's page is in it
  const refusedFrame = () => page.frames().find((f) => f !== page.mainFrame() && !f.url().includes('/embed/'));
  await expect.poll(() => refusedFrame()?.url() ?? '').toMatch(/^chrome-error:/);
  const refused = refusedFrame();
  expect(await refused!.locator('nav[aria-label="Main"]').count()).toBe(0);
  await expect.poll(() => refusals.join('\n')).toContain("frame-ancestors 'none'");
  course.close();
});

test('every theme page links each chart to its bundle', async ({ page }) => {
  for (const theme of THEMES) {
    await page.goto(`/${theme.slug}`);
    for (const spec of CHARTS.filter((c) => c.theme === theme.table)) {
      await expect(page.locator(`section[data-chart="${spec.slug}"]`).getByRole('link', { name: 'Chart bundle (ZIP)' })).toHaveAttribute('href', chartFiles(spec.slug).zip);
    }
  }
});

test('the code snippets run: JavaScript in Node against the site, pandas and R where the machine has them', async ({ page, request }) => {
  test.setTimeout(90_000);
  await page.goto('/officer-corps');
  const frame = page.locator('section[data-chart="officers-liquidated"]');
  await frame.getByText('Use the data in code').click();
  const code = async (label: string) => (await frame.locator(`[data-copy="${label}"] pre`).textContent()) ?? '';
  await expect(frame.locator('[data-copy="JavaScript"] pre')).toContainText('http://127.0.0.1');
  fs.mkdirSync('test-results', { recursive: true });
  // a module beside node_modules, so that the snippet's import of papaparse resolves as in a reader's project
  const js = path.resolve('test-results', 'snippet.mjs');
  fs.writeFileSync(js, await code('JavaScript'));
  const out = execFileSync(process.execPath, [js], { encoding: 'utf8', timeout: 30_000 });
  expect(out).toContain('off_liquidated_001');
  expect(out).toContain('20000');

  const has = (cmd: string, args: string[]) => { try { execFileSync(cmd, args, { stdio: 'ignore', timeout: 30_000 }); return true; } catch { return false; } };
  if (has('python3', ['-c', 'import pandas'])) {
    const py = execFileSync('python3', ['-c', `${await code('Python (pandas)')}\nprint(df.dtypes["period_start"])`], { encoding: 'utf8', timeout: 60_000 });
    expect(py).toContain('Int64');
    expect(py).not.toMatch(/19\d\d\.0/);
  } else console.log('snippets: pandas is not on this machine; the Python snippet was not run');
  if (has('Rscript', ['--version'])) {
    const r = execFileSync('Rscript', ['-e', `${await code('R')}\nprint(class(df$period_start))`], { encoding: 'utf8', timeout: 60_000 });
    expect(r).toContain('Officers liquidated 1937–38'); // UTF-8 read as UTF-8
    expect(r).toContain('"integer"');
  } else console.log('snippets: R is not on this machine; the R snippet was not run');

  // without a site address at build time, the HTML as served says what to replace
  const served = await (await request.get('/officer-corps')).text();
  expect(served).toContain('https://YOUR-SITE.example/charts/officers-liquidated.csv');
  expect(served).toContain('Replace https://YOUR-SITE.example with the address this site is served from.');
});
