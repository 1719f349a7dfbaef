import type { NextConfig } from 'next';
import { securityHeaders } from './lib/site/headers';
import { normaliseBasePath } from './lib/charts/paths';

/**
 * A static export: `next build` writes every page, asset and download to out/ (or OUT_DIR), which any web
 * host serves as plain files (`npm start` serves it locally with the headers of lib/site/headers.ts).
 * BASE_PATH=/purge-atlas builds the site for a project page served under that path (GitHub Pages).
 */
const basePath = normaliseBasePath(process.env.BASE_PATH);
const dev = process.env.NODE_ENV === 'development';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  output: 'export',
  ...(process.env.OUT_DIR ? { distDir: process.env.OUT_DIR } : {}),
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  images: { unoptimized: true },
  // The CSVs are read at build time from data/ by lib/data/data.ts; pages are static.
  outputFileTracingIncludes: { '/*': ['./data/**/*'] },
  // an export has no server: the headers are written for the host (out/_headers, scripts/postbuild.ts);
  // `next dev` sends the same ones itself
  ...(dev ? {
    async headers() {
      return [...securityHeaders(true), { source: '/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] }];
    },
  } : {}),
};

export default nextConfig;
