import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDataset } from '@/lib/data/data';
import { FIXTURES } from './helpers';

// the valid fixture tables in a folder of their own (DATA_DIR), edited as a developer edits data/ under `npm run dev`
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-atlas-reload-'));
for (const f of fs.readdirSync(path.join(FIXTURES, 'valid'))) fs.copyFileSync(path.join(FIXTURES, 'valid', f), path.join(dir, f));
const before = process.env.DATA_DIR;
process.env.DATA_DIR = dir;
afterAll(() => {
  if (before === undefined) delete process.env.DATA_DIR; else process.env.DATA_DIR = before;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the dataset a running server reads', () => {
  it('is read once while no table changes, and again as soon as one does', () => {
    const a = loadDataset();
    expect(loadDataset()).toBe(a);
    const file = path.join(dir, 'people.csv');
    const text = fs.readFileSync(file, 'utf8');
    const first = a.people[0];
    // the same row under another name (the file's size changes with it, whatever the clock's resolution)
    fs.writeFileSync(file, text.replace(`,${first.name},`, `,${first.name} Renamed,`));
    const b = loadDataset();
    expect(b).not.toBe(a);
    expect(b.people[0].name).toBe(`${first.name} Renamed`);
    expect(loadDataset()).toBe(b);
  });
});
