import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildNetwork } from '@/lib/network/network';
import type { FactionRow, PersonRow, RelationRow } from '@/lib/data/schema';

// a three-person world: enough for the layouts and the storyline, far too small to take time
const prov = { source: 'x.txt', locator: 1, quote: 'q' };
const person = (id: string, fate: PersonRow['fate'], fate_year?: number): PersonRow => ({ id, name: id.toUpperCase(), fate, fate_year, ...prov });
const faction: FactionRow = { id: 'left', name: 'Left', short_name: 'Left', kind: 'opposition', start: 1923, end: 1927, description: '', ...prov };
const rel = (from: string, type: RelationRow['type'], to: string, start: number, end?: number): RelationRow => ({ id: `${from}_${type}_${to}_${start}`, from, to, type, start, end, ...prov });
const world = {
  people: [person('a', 'shot', 1936), person('b', 'shot', 1936), person('s', 'died', 1953)],
  factions: [faction],
  relations: [rel('a', 'led', 'left', 1923, 1927), rel('b', 'member_of', 'left', 1924, 1927), rel('b', 'capitulated', 's', 1928), rel('a', 'executed_by', 's', 1936)],
};

let root = '';
const load = async () => {
  vi.resetModules();
  return import('@/lib/network/computed');
};

beforeAll(async () => {
  // a root of its own: the layout code copied there, the file written there (the real lib/generated is left alone)
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'network-computed-'));
  const { LAYOUT_CODE } = await load();
  for (const f of LAYOUT_CODE) { fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true }); fs.copyFileSync(f, path.join(root, f)); }
  process.env.PURGE_ATLAS_ROOT = root;
});
afterAll(() => {
  delete process.env.PURGE_ATLAS_ROOT;
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the network computed once per change of its inputs', () => {
  it('is deterministic: the same bytes from the same inputs, whatever the row order', async () => {
    const { computeNetwork, serialise } = await load();
    const a = serialise(computeNetwork(buildNetwork(world)));
    const b = serialise(computeNetwork(buildNetwork(world)));
    const c = serialise(computeNetwork(buildNetwork({ people: [...world.people].reverse(), factions: world.factions, relations: [...world.relations].reverse() })));
    expect(b).toBe(a);
    expect(JSON.parse(c).layouts).toEqual(JSON.parse(a).layouts);
  });

  it('computes and writes once, then reads memory, then the file in a new process; the file holds its key', async () => {
    const net = buildNetwork(world);
    let m = await load();
    const from: string[] = [];
    const first = m.networkComputed(net, (s) => from.push(s.from));
    m.networkComputed(net, (s) => from.push(s.from));
    m = await load(); // a new process: memory empty, the file there
    const third = m.networkComputed(net, (s) => from.push(s.from));
    expect(from).toEqual(['computed', 'memory', 'file']);
    expect(third).toEqual(first);
    const onDisk = JSON.parse(fs.readFileSync(path.join(root, m.NETWORK_FILE), 'utf8'));
    expect(onDisk.key).toBe(m.networkKey(net));
    expect(fs.readFileSync(path.join(root, m.NETWORK_FILE), 'utf8')).toBe(m.serialise(first));
  });

  it('a change to the data or to the layout code makes the file stale: it is recomputed, never used', async () => {
    let m = await load();
    const net = buildNetwork(world);
    const key = m.networkKey(net);
    const changed = buildNetwork({ ...world, relations: world.relations.map((r) => (r.type === 'member_of' ? { ...r, start: 1925 } : r)) });
    expect(m.networkKey(changed)).not.toBe(key);
    const from: string[] = [];
    m.networkComputed(changed, (s) => from.push(s.from));
    // the layout code edited (a parameter, a comment): another key, so the file written for the same data is stale
    fs.appendFileSync(path.join(root, 'lib/network/layout.ts'), '\n// edited\n');
    m = await load();
    expect(m.networkKey(changed)).not.toBe(key);
    m.networkComputed(changed, (s) => from.push(s.from));
    expect(from).toEqual(['computed', 'computed']);
    // a file that is not JSON (a write cut short elsewhere) is recomputed too
    fs.writeFileSync(path.join(root, m.NETWORK_FILE), '{"key":');
    m = await load();
    m.networkComputed(changed, (s) => from.push(s.from));
    expect(from).toEqual(['computed', 'computed', 'computed']);
  });
});
