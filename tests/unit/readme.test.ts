import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { readDataset } from '@/lib/data/data';
import { rowsOf } from '@/lib/data/catalog';
import { ALL_TABLES } from '@/lib/data/schema';
import { CHARTS } from '@/lib/charts/charts';
import { requireSeeds } from './helpers';

// the README's counts are prose made from the data: a test keeps them true
const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const { dataset } = readDataset(undefined, requireSeeds());

describe('README.md', () => {
  it('gives every table with its number of rows', () => {
    for (const t of ALL_TABLES) {
      const m = readme.match(new RegExp(`^\\| \`data/${t.file.replace('.', '\\.')}\` \\| (\\d+) \\|`, 'm'));
      expect(m, `README row for data/${t.file}`).not.toBeNull();
      expect(Number(m![1]), `rows of data/${t.file}`).toBe(rowsOf(dataset, t).length);
    }
  });
  it('gives the number of charts', () => {
    expect(readme).toContain(`${CHARTS.length} in all`);
  });
});
