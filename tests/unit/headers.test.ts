import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, headersFile, headersFor, nginxConf } from '@/lib/site/headers';
import { normaliseBasePath, withBase } from '@/lib/charts/paths';
import { hostHeaders } from '../host-headers';

/** The routes of a small export, as scripts/serve-lib.ts lists them. */
const PAGES = ['/', '/404', '/404.html', '/collectivisation', '/network', '/present', '/present/*', '/present/handout', '/sources', '/embed/*', '/embed/collective-farms',
  '/_next/*', '/data/*', '/charts/*', '/downloads/*', '/sw.js', '/offline.json', '/icon.svg', '/network.txt'];

describe('the _headers file of static hosts', () => {
  const file = headersFile(PAGES);
  it.each(['/', '/404', '/collectivisation', '/network', '/present', '/present/handout', '/present/handout.txt', '/sources', '/embed/collective-farms', '/_next/static/chunks/a.js', '/data/people.csv', '/charts/x.zip', '/embed/x', '/sw.js', '/offline.json', '/network.txt'])('gives %s exactly the declared headers, each once', (p) => {
    const got = hostHeaders(file, p);
    const want = headersFor(p);
    for (const [k, v] of Object.entries(want)) expect(got[k], `${p} ${k}`).toEqual([v]);
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  });
  it('lets only embeds be framed, and caches only content-hashed assets for good', () => {
    expect(hostHeaders(file, '/embed/x')['X-Frame-Options']).toBeUndefined();
    expect(hostHeaders(file, '/embed/x')['Content-Security-Policy'][0]).toContain('frame-ancestors *');
    expect(hostHeaders(file, '/network')['X-Frame-Options']).toEqual(['DENY']);
    expect(hostHeaders(file, '/_next/static/x.js')['Cache-Control']).toEqual([CACHE_IMMUTABLE]);
    expect(hostHeaders(file, '/sw.js')['Cache-Control']).toEqual([CACHE_REVALIDATE]);
  });
  it('prefixes every rule with the base path of a project page', () => {
    const based = headersFile(PAGES, '/purge-atlas');
    expect(hostHeaders(based, '/purge-atlas/embed/x')['Content-Security-Policy'][0]).toContain('frame-ancestors *');
    expect(hostHeaders(based, '/purge-atlas/network')['X-Frame-Options']).toEqual(['DENY']);
    expect(hostHeaders(based, '/network')).toEqual({});
  });
});

describe('deploy/nginx.conf', () => {
  const conf = nginxConf();
  it('is generated from lib/site/headers.ts (run npm run docs)', () => {
    expect(fs.readFileSync(path.resolve(__dirname, '../../deploy/nginx.conf'), 'utf8')).toBe(conf);
  });
  it('sends every declared header in each location (nginx does not inherit add_header into a location that has its own)', () => {
    const blocks = [...conf.matchAll(/location ([^{]+)\{([^}]*)\}/g)].map((m) => ({ where: m[1].trim(), body: m[2] }));
    expect(blocks.map((b) => b.where)).toEqual(['^~ /_next/static/', '^~ /embed/', '/']);
    const sample: Record<string, string> = { '^~ /_next/static/': '/_next/static/x.js', '^~ /embed/': '/embed/x', '/': '/network' };
    for (const b of blocks) {
      const headers = Object.fromEntries([...b.body.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
      expect(headers, b.where).toEqual(headersFor(sample[b.where]));
    }
  });
});

describe('base path', () => {
  it('is normalised and checked', () => {
    expect(normaliseBasePath(undefined)).toBe('');
    expect(normaliseBasePath('/')).toBe('');
    expect(normaliseBasePath('purge-atlas/')).toBe('/purge-atlas');
    expect(() => normaliseBasePath('/a b')).toThrow('BASE_PATH');
    expect(withBase('/data/people.csv')).toBe('/data/people.csv'); // the unit tests build for the root
  });
});
