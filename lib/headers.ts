/**
 * Security headers of every response, declared once: next.config.ts sends them and a test checks them
 * against the running server. Only /embed/* may be framed (by any site); everything else refuses framing.
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
