import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readDataset } from '@/lib/data/data';
import { checkClaims, claimFigures, type Claim } from '@/lib/data/claims';
import { formatError } from '@/lib/data/errors';
import { lineFigures } from '@/lib/data/numbers';
import { markdownClaims } from '@/lib/site/claims';
import { FIXTURES, requireSeeds } from './helpers';

// the valid fixture tables: congress has 110 (000) and 98 of 139 (004), the Triumvirate runs 1923–25
const { dataset } = readDataset(path.join(FIXTURES, 'valid'), requireSeeds());
const claim = (text: string, rows: string[]): Claim => ({ file: 'lib/charts/charts.ts', where: 'fixture.subtitle', text, rows });
const check = (c: Claim, files: Record<string, string> = {}) => checkClaims([c], dataset, files).map(formatError);

describe('the figures a sentence states', () => {
  it('reads years, short ranges, number words and decades; not document tags or ordinals that name things', () => {
    expect(claimFigures('Prisoners, 1923–40')).toEqual({ figures: [1923, 1940], decades: [] });
    expect(claimFigures('killed between 1936–8')).toEqual({ figures: [1936, 1938], decades: [] });
    expect(claimFigures('ninety eight of the 139 (004) at the 17th Congress')).toEqual({ figures: [98, 139], decades: [] });
    expect(claimFigures('the oppositions of the 1920s')).toEqual({ figures: [], decades: [1920] });
    expect(claimFigures('680,000 executions and 23,000 members').figures).toEqual([23000, 680000]);
  });
});

describe('a sentence checked against the rows it names (a broken claim is reported with file, place and number)', () => {
  it('passes when every figure and year is one its rows give', () => {
    expect(check(claim('98 or 110 of the 139 members', ['congress:cong_cc_victims_000', 'congress:cong_cc_victims_004']))).toEqual([]);
    expect(check(claim('The Triumvirate, 1923–25', ['factions:triumvirate']))).toEqual([]);
  });
  it('fails on a figure none of its rows gives, naming the file, the line, the place and the number', () => {
    const files = { 'lib/charts/charts.ts': 'line one\n  subtitle: \'120 of the 139 members\',\n' };
    expect(check(claim('120 of the 139 members', ['congress:cong_cc_victims_000']), files)).toEqual([
      'lib/charts/charts.ts:2:fixture.subtitle: states 120, which none of its rows gives (congress:cong_cc_victims_000): "120 of the 139 members"',
    ]);
  });
  it('fails on a year outside its rows, a decade none of them reaches, a row that does not exist, and no rows at all', () => {
    expect(check(claim('The Triumvirate, 1923–26', ['factions:triumvirate']))[0]).toMatch(/states 1926, which none of its rows gives/);
    expect(check(claim('in the 1930s', ['factions:triumvirate']))[0]).toMatch(/names the 1930s, but none of its rows has a year in them/);
    expect(check(claim('98 killed', ['congress:nope']))[0]).toMatch(/names row "congress:nope", which is not in data\/congress.csv/);
    expect(check(claim('98 killed', []))[0]).toMatch(/declares no rows/);
  });
  it('reads the rows a Markdown paragraph declares in a comment before it', () => {
    const md = 'Intro.\n\n<!-- rests on: congress:cong_cc_victims_004 -->\nNinety eight of the\n139 members.\n\nAfter.';
    expect(markdownClaims('README.md', md)).toEqual([{ file: 'README.md', where: 'paragraph at "Ninety eight of the 139 member…"', text: 'Ninety eight of the 139 members.', rows: ['congress:cong_cc_victims_004'] }]);
  });
});

describe('figures on a seed line, for the ledger', () => {
  it('finds numerals and number words that state a quantity, not "one" or "first"', () => {
    expect(lineFigures('In 1937, two-thirds of the 139 members, and one of the first')).toEqual(['1937', 'two-thirds', '139']);
    expect(lineFigures('No figure here, just one man first.')).toEqual([]);
  });
});
