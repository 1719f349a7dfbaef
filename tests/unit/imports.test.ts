import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

/** Every import between the project's own files (relative or `@/`), type-only imports included: a cycle of types is still a knot. */
function graph(dirs: string[]): Map<string, string[]> {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'generated') walk(p); } else if (/\.(ts|tsx)$/.test(e.name)) files.push(p);
    }
  };
  dirs.forEach(walk);
  const known = new Set(files);
  const resolve = (from: string, spec: string) => {
    const base = spec.startsWith('@/') ? spec.slice(2) : path.join(path.dirname(from), spec);
    return ['.ts', '.tsx', '/index.ts'].map((e) => path.normalize(base + e)).find((c) => known.has(c));
  };
  const g = new Map<string, string[]>();
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'((?:\.{1,2}\/|@\/)[^']+)'/g)].map((m) => m[1]);
    g.set(f, [...new Set(specs.map((s) => resolve(f, s)).filter((t): t is string => !!t))]);
  }
  return g;
}

/** The strongly connected groups of more than one node, or with a self-loop (Tarjan). */
function cycles(g: Map<string, string[]>): string[][] {
  let i = 0;
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>(), out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, i); low.set(v, i++); stack.push(v); on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); group.push(w); } while (w !== v);
      if (group.length > 1 || (g.get(v) ?? []).includes(v)) out.push(group.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** The graph of folders: an arrow where any file of one imports a file of another. */
const folders = (g: Map<string, string[]>) => {
  const out = new Map<string, Set<string>>();
  for (const [f, ts] of g) for (const t of ts) {
    const a = path.dirname(f), b = path.dirname(t);
    if (a !== b) out.set(a, (out.get(a) ?? new Set()).add(b));
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
};

describe('the import graph', () => {
  const g = graph(['lib', 'components']);
  it('has no cycle between files', () => expect(cycles(g)).toEqual([]));
  it('has no cycle between the folders of lib/ (data, charts, network, lecture, reuse, site, text, util)', () => {
    const lib = new Map([...g].filter(([f]) => f.startsWith('lib')).map(([f, ts]) => [f, ts.filter((t) => t.startsWith('lib'))]));
    expect(cycles(folders(lib))).toEqual([]);
  });
  it('has no cycle between the folders of components/', () => {
    const comp = new Map([...g].filter(([f]) => f.startsWith('components')).map(([f, ts]) => [f, ts.filter((t) => t.startsWith('components'))]));
    expect(cycles(folders(comp))).toEqual([]);
  });
  it('lib/ never imports components/', () => {
    for (const [f, ts] of g) if (f.startsWith('lib')) expect(ts.filter((t) => t.startsWith('components')), f).toEqual([]);
  });
  it('finds a cycle where there is one (the check itself)', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(cycles(folders(new Map([['x/a.ts', ['y/b.ts']], ['y/b.ts', ['y/c.ts']], ['y/c.ts', ['x/d.ts']], ['x/d.ts', []]])))).toEqual([['x', 'y']]);
  });
});
