import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/data';
import { nodesOf } from '@/lib/data/catalog';
import { dataPackage, type FieldDescriptor, type ResourceDescriptor } from '@/lib/reuse/datapackage';
import { toCsv } from '@/lib/data/load';
import { ALL_TABLES, NODES_TABLE } from '@/lib/data/schema';
import { requireSeeds } from './helpers';

const { dataset } = readDataset(undefined, requireSeeds());
const pkg = dataPackage({ version: '9.9.9', created: '2026-11-24', sources: dataset.sources });
const dataDir = path.resolve(__dirname, '../../data');

/** The CSV text of a resource as it ships: data/ for the hand-made tables, generated for nodes.csv. */
function csvOf(file: string): string {
  if (file === NODES_TABLE.file) return toCsv(NODES_TABLE, nodesOf(dataset));
  return fs.readFileSync(path.join(dataDir, file), 'utf8');
}
function parse(file: string): { header: string[]; rows: Record<string, string>[] } {
  const r = Papa.parse<Record<string, string>>(csvOf(file).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return { header: r.meta.fields ?? [], rows: r.data };
}

/** Whether a cell is a valid value of a Table Schema field, read the way a Frictionless tool reads it. */
function conforms(f: FieldDescriptor, cell: string): string | null {
  if (cell === '') return f.constraints?.required ? 'required but empty' : null;
  const c = f.constraints ?? {};
  if (f.type === 'integer' && !/^-?\d+$/.test(cell)) return 'not an integer';
  if (f.type === 'number' && !/^-?\d+(\.\d+)?$/.test(cell)) return 'not a number';
  if (f.type === 'year' && !/^\d{4}$/.test(cell)) return 'not a year';
  if (c.minimum !== undefined && Number(cell) < c.minimum) return `below ${c.minimum}`;
  if (c.maximum !== undefined && Number(cell) > c.maximum) return `above ${c.maximum}`;
  if (c.enum && !c.enum.includes(cell)) return `not one of ${c.enum.join(', ')}`;
  if (c.pattern && !new RegExp(c.pattern).test(cell)) return `does not match ${c.pattern}`;
  if (c.maxLength !== undefined && cell.length > c.maxLength) return `longer than ${c.maxLength}`;
  return null;
}

describe('datapackage.json', () => {
  it('describes exactly the shipped CSVs: every data/ table plus the generated nodes.csv', () => {
    const onDisk = fs.readdirSync(dataDir).filter((f) => f.endsWith('.csv'));
    expect(pkg.resources.map((r) => r.path).sort()).toEqual([...onDisk, NODES_TABLE.file].sort());
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    // the seeds are not served with the site: sources name them by title and file, with no path that would 404
    expect(pkg.sources.map((s) => s.title)).toEqual(dataset.sources.map((s) => expect.stringContaining(s.file)));
    for (const s of pkg.sources) expect(Object.keys(s)).toEqual(['title', 'description']);
    expect(pkg.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    for (const r of pkg.resources) expect(r.dialect.lineTerminator).toBe('\r\n');
  });

  describe.each(pkg.resources.map((r) => [r.path, r] as [string, ResourceDescriptor]))('%s', (file, res) => {
    const { header, rows } = parse(file);
    it('has every CSV column as a field, in order, and no field the CSV lacks', () => {
      expect(res.schema.fields.map((f) => f.name)).toEqual(header);
    });
    it('declares types every cell of the CSV conforms to', () => {
      const bad: string[] = [];
      rows.forEach((row, i) => {
        for (const f of res.schema.fields) {
          const why = conforms(f, (row[f.name] ?? '').trim());
          if (why) bad.push(`${file}:${i + 2}:${f.name}: ${why}`);
        }
      });
      expect(bad).toEqual([]);
    });
    it('has a unique primary key and foreign keys that resolve', () => {
      const pk = ([] as string[]).concat(res.schema.primaryKey);
      const keys = rows.map((r) => pk.map((k) => r[k]).join('\u0000'));
      expect(new Set(keys).size).toBe(keys.length);
      for (const fk of res.schema.foreignKeys ?? []) {
        const target = pkg.resources.find((r) => r.name === fk.reference.resource);
        expect(target, fk.reference.resource).toBeDefined();
        const allowed = new Set(parse(target!.path).rows.map((r) => r[fk.reference.fields]));
        const dangling = rows.map((r) => r[fk.fields]).filter((v) => v && !allowed.has(v));
        expect(dangling, `${file}.${fk.fields} -> ${fk.reference.resource}.${fk.reference.fields}`).toEqual([]);
      }
    });
  });

  it('gives the loader\'s column types: numbers are number, years year, line numbers integer, enums their values', () => {
    const stats = pkg.resources.find((r) => r.name === ALL_TABLES[0].name)!;
    const type = (n: string) => stats.schema.fields.find((f) => f.name === n);
    expect(type('value')?.type).toBe('number');
    expect(type('period_start')?.type).toBe('year');
    expect(type('locator')?.type).toBe('integer');
    expect(type('approx')?.constraints?.enum).toContain('at_least');
    const rel = pkg.resources.find((r) => r.name === 'relations')!;
    expect(rel.schema.foreignKeys).toEqual(expect.arrayContaining([
      { fields: 'from', reference: { resource: 'nodes', fields: 'id' } },
      { fields: 'to', reference: { resource: 'nodes', fields: 'id' } },
      { fields: 'source', reference: { resource: 'sources', fields: 'file' } },
    ]));
  });

  it('nodes.csv is exactly the union of people and factions', () => {
    const ids = parse(NODES_TABLE.file).rows.map((r) => r.id).sort();
    expect(ids).toEqual([...dataset.people.map((p) => p.id), ...dataset.factions.map((f) => f.id)].sort());
  });
});
