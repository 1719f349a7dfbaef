import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDataset } from '@/lib/data/data';
import { formatError } from '@/lib/data/errors';
import { readSeeds, seedsDir, type Seeds } from '@/lib/data/seeds';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

let seeds: Seeds | null = null;
/** The seeds must be there for the tests (CI has shared/ beside the clone). */
export function requireSeeds(): Seeds {
  seeds ??= readSeeds();
  if (!seeds) throw new Error(`seeds folder ${seedsDir()} not found: set SEEDS_DIR`);
  return seeds;
}

/** Loads the valid fixture dataset with one broken case applied; returns formatted errors. */
export function errorsFor(caseName: string | null): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-atlas-'));
  for (const f of fs.readdirSync(path.join(FIXTURES, 'valid'))) fs.copyFileSync(path.join(FIXTURES, 'valid', f), path.join(dir, f));
  if (caseName) {
    const caseDir = path.join(FIXTURES, 'broken', caseName);
    for (const f of fs.readdirSync(caseDir)) {
      if (f === '_delete') {
        for (const victim of fs.readFileSync(path.join(caseDir, f), 'utf8').split('\n').filter(Boolean)) fs.rmSync(path.join(dir, victim));
      } else fs.copyFileSync(path.join(caseDir, f), path.join(dir, f));
    }
  }
  try {
    return readDataset(dir, requireSeeds()).errors.map(formatError);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
