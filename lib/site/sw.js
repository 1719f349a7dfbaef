/*
 * Purge Atlas service worker: after one visit, every page, CSV and download works offline.
 * Written to public/sw.js by scripts/prepare-data.ts, which fills in __VERSION__; the list of pages and
 * files is public/offline.json (same script), to which scripts/postbuild.ts adds every script, style and font
 * the build wrote (`assets`, under /_next/static) and their part of the version. On install it caches every
 * listed page, file and asset. Then:
 *   - /_next/static/* (content-hashed, immutable): cache first;
 *   - pages and files: network first (fresh when online), the cached copy when the network fails or is slow,
 *     looked up without the query string (which holds only view state);
 *   - React Server Component requests (?_rsc): network only; when they fail, Next.js falls back to loading
 *     the page itself, which the cache then serves.
 */
const VERSION = '__VERSION__';
// the path the site is served under ("" at the root of a host, "/purge-atlas" on a project page): the
// service worker is registered with the site's root as its scope; offline.json lists root-relative paths
const BASE = new URL(self.registration.scope).pathname.replace(/\/$/, '');
const at = (p) => `${BASE}${p}`;
const CACHE = `purge-atlas-${VERSION}`;
const NETWORK_TIMEOUT_MS = 4000;

async function precache() {
  const cache = await caches.open(CACHE);
  const manifest = await (await fetch(at('/offline.json'), { cache: 'no-store' })).json();
  // pages, files and the build's assets (listed by scripts/postbuild.ts; a dev server lists none)
  await cache.addAll([...manifest.pages, ...manifest.files, ...(manifest.assets ?? []), '/icon.svg'].map((p) => new Request(at(p), { cache: 'reload' })));
  await cache.put(at('/offline.json'), new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('purge-atlas-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

function fromCache(request) {
  return caches.match(request, { ignoreSearch: true, cacheName: CACHE });
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('slow network')), NETWORK_TIMEOUT_MS)),
    ]);
    if (res.ok && res.type === 'basic') {
      const url = new URL(request.url);
      await cache.put(url.pathname, res.clone());
    }
    return res;
  } catch (err) {
    const hit = await fromCache(request);
    if (hit) return hit;
    throw err;
  }
}

async function cacheFirst(request) {
  const hit = await caches.match(request, { cacheName: CACHE });
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) (await caches.open(CACHE)).put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.searchParams.has('_rsc') || request.headers.get('RSC')) return;
  if (url.pathname.startsWith(at('/_next/static/'))) event.respondWith(cacheFirst(request));
  else if (!url.pathname.startsWith(at('/_next/'))) event.respondWith(networkFirst(request));
});
