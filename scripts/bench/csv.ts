/**
 * CSV loading and validation of every table, at the real size and enlarged 10× and 100× (each row copied
 * with a new id), each in a fresh process so its peak memory is its own. Time per row must stay flat.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { ALL_TABLES } from '../../lib/data/schema';

export interface CsvLoad { scale: number; rows: number; ms: number; perRowUs: number; maxRssMb: number; errors: number }

/** Linearity: time per row at 100× may be at most this many times the time per row at 10×. */
export const LINEAR_FACTOR = 1.5;

/** Writes the tables of data/ enlarged `scale` times into a temporary folder; ids get a suffix per copy. */
export function enlarge(scale: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `purge-csv-${scale}-`));
  for (const t of ALL_TABLES) {
    const text = fs.readFileSync(path.join('data', t.file), 'utf8');
    if (t.kind === 'sources' || scale === 1) { fs.writeFileSync(path.join(dir, t.file), text); continue; }
    const { data, meta } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const rows: Record<string, string>[] = [];
    // a copy of a disagreement is a disagreement of its own (its readings must come from different lines)
    for (let k = 0; k < scale; k++) for (const r of data) rows.push(k === 0 ? r : { ...r, id: `${r.id}_x${k}`, ...(t.kind === 'disagreements' ? { dispute: `${r.dispute}_x${k}` } : {}) });
    fs.writeFileSync(path.join(dir, t.file), Papa.unparse({ fields: meta.fields ?? [], data: rows.map((r) => (meta.fields ?? []).map((f) => r[f] ?? '')) }));
  }
  return dir;
}

export function csvLoad(scales: readonly number[] = [1, 10, 100]): CsvLoad[] {
  return scales.map((scale) => {
    const dir = enlarge(scale);
    try {
      const child = spawnSync('npx', ['tsx', 'scripts/bench/csv-child.ts', dir], { encoding: 'utf8', maxBuffer: 1 << 24 });
      if (child.status !== 0) throw new Error(`csv bench at ${scale}×: ${child.stderr}`);
      const r = JSON.parse(child.stdout.trim().split('\n').pop() as string) as Omit<CsvLoad, 'scale' | 'perRowUs'>;
      return { scale, ...r, perRowUs: (r.ms * 1000) / r.rows };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
