/**
 * The headers of every response, declared once: `npm start` (scripts/serve-lib.ts) sends headersFor(), and the
 * static hosts' `_headers` file (Netlify, Cloudflare Pages; written to out/ by scripts/postbuild.ts), the nginx
 * configuration (deploy/nginx.conf) and `next dev` are all generated from here, and tests check each against it. Only /embed/* may be framed
 * (by any site); everything else refuses framing. Content-hashed assets are immutable; pages, CSVs and the
 * service worker are revalidated on every use, so a new build reaches readers at once.
 */
export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/**
 * script-src needs 'unsafe-inline': a statically exported Next.js page carries its data in inline scripts
 * whose hashes change per build and nonces need per-request rendering. 'unsafe-eval' is never allowed
 * outside `next dev` (React's development build needs it for its error overlays).
 */
export function contentSecurityPolicy(opts: { frameAncestors: string; dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${opts.frameAncestors}`,
  ].join('; ');
}

const COMMON = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), fullscreen=(self)' },
];

/** The paths that may be framed by other sites. */
export const EMBED_SOURCE = '/embed/:path*';
/** Every other path (path-to-regexp with a negative lookahead). */
export const NOT_EMBED_SOURCE = '/((?!embed/).*)';

export function securityHeaders(dev = false): HeaderRule[] {
  return [
    {
      source: NOT_EMBED_SOURCE,
      headers: [
        ...COMMON,
        { key: 'Content-Security-Policy', value: contentSecurityPolicy({ frameAncestors: "'none'", dev }) },
        { key: 'X-Frame-Options', value: 'DENY' },
      ],
    },
    {
      source: EMBED_SOURCE,
      headers: [...COMMON, { key: 'Content-Security-Policy', value: contentSecurityPolicy({ frameAncestors: '*', dev }) }],
    },
  ];
}

/** Cache policy by path (root-relative, without the base path). */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';
export const cacheControl = (pathname: string): string => (pathname.startsWith('/_next/static/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE);

/** Whether a path (root-relative) may be framed by other sites. */
export const isEmbed = (pathname: string): boolean => pathname.startsWith('/embed/');

const memo = new Map<string, Readonly<Record<string, string>>>();

/** Every header a response for this path (root-relative, without the base path) carries (one of four sets, built once). */
export function headersFor(pathname: string, dev = false): Readonly<Record<string, string>> {
  const embed = isEmbed(pathname);
  const cache = cacheControl(pathname);
  const key = `${dev}|${embed}|${cache}`;
  let h = memo.get(key);
  if (!h) {
    const rule = securityHeaders(dev)[embed ? 1 : 0];
    h = Object.freeze({ ...Object.fromEntries(rule.headers.map((x) => [x.key, x.value])), 'Cache-Control': cache });
    memo.set(key, h);
  }
  return h;
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages. Both add up every rule whose path matches, so no
 * two rules that can match one path set the same header: the headers common to all go on /*, the framing
 * headers on each route and folder of the export by name (given: "/", "/network", "/present/*", ...; those
 * under /embed/ are left out), the cache policy on /_next/static/* and on the rest by name.
 */
export function headersFile(routes: readonly string[], basePath = ''): string {
  const all = headersFor('/');
  const embed = headersFor('/embed/x');
  const framing = ['Content-Security-Policy', 'X-Frame-Options'];
  const block = (path: string, h: Record<string, string>) => [`${basePath}${path}`, ...Object.entries(h).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
  const pick = (h: Record<string, string>, keys: string[]) => Object.fromEntries(keys.filter((k) => h[k] !== undefined).map((k) => [k, h[k]]));
  const common = Object.keys(all).filter((k) => !framing.includes(k) && k !== 'Cache-Control' && embed[k] === all[k]);
  const splats = routes.filter((p) => p.endsWith('/*')).map((p) => p.slice(0, -1));
  // a path inside a folder rule is covered by it (naming it again would send its headers twice)
  const site = [...new Set(['/', ...routes])]
    .filter((p) => !isEmbed(p) && p !== '/embed' && !splats.some((f) => p !== `${f}*` && p.startsWith(f)))
    .sort();
  return [
    '# Generated by scripts/postbuild.ts from lib/site/headers.ts: do not edit.',
    block('/*', pick(all, common)),
    block('/embed/*', { ...pick(embed, ['Content-Security-Policy']), 'Cache-Control': CACHE_REVALIDATE }),
    ...site.map((p) => block(p, { ...pick(all, framing), ...(p === '/_next/*' ? {} : { 'Cache-Control': CACHE_REVALIDATE }) })),
    block('/_next/static/*', { 'Cache-Control': CACHE_IMMUTABLE }),
    '',
  ].join('\n\n');
}

/** An nginx server block for the export, with the same headers (nginx drops a parent's add_header in a location that has its own, so each location lists all). */
export function nginxConf(basePath = ''): string {
  const loc = (match: string, h: Record<string, string>, extra: string[] = []) => [
    `  location ${match} {`,
    ...Object.entries(h).map(([k, v]) => `    add_header ${k} "${v}" always;`),
    ...extra.map((x) => `    ${x}`),
    '  }',
  ].join('\n');
  const root = basePath || '/';
  return [
    '# Generated by `npm run docs` from lib/site/headers.ts: do not edit. Serves the static export (out/) of',
    `# Purge Atlas${basePath ? ` under ${basePath}/` : ''}; set root to where out/ is copied.`,
    'server {',
    '  listen 80;',
    '  root /srv/purge-atlas;',
    '  gzip_static on;  # serves the precompressed .gz files next to each file',
    '  # brotli_static on;  # with the ngx_brotli module, the .br files too',
    '  types { text/csv csv; }',
    `  error_page 404 ${basePath}/404.html;`,
    loc(`^~ ${basePath}/_next/static/`, headersFor('/_next/static/x')),
    loc(`^~ ${basePath}/embed/`, headersFor('/embed/x'), ['try_files $uri $uri.html =404;']),
    loc(root, headersFor('/'), ['try_files $uri $uri.html $uri/index.html =404;']),
    '}',
    '',
  ].join('\n');
}
