import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderColumnDocs } from '@/lib/data/docs';
import { ALL_TABLES } from '@/lib/data/schema';

describe('data/README.md', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../data/README.md'), 'utf8');
  it('has column tables generated from lib/data/schema.ts (run npm run docs)', () => {
    expect(readme).toContain(renderColumnDocs());
  });
  it('names every table and every CSV file on disk is declared', () => {
    for (const t of ALL_TABLES) expect(readme).toContain(t.file);
    const onDisk = fs.readdirSync(path.resolve(__dirname, '../../data')).filter((f) => f.endsWith('.csv')).sort();
    expect(onDisk).toEqual(ALL_TABLES.map((t) => t.file).sort());
  });
});
