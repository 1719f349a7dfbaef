import type { NextConfig } from 'next';
import { securityHeaders } from './lib/headers';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The CSVs are read at build time from data/ by lib/data.ts; pages are static.
  outputFileTracingIncludes: { '/*': ['./data/**/*'] },
  async headers() {
    return [
      ...securityHeaders(process.env.NODE_ENV === 'development'),
      // the service worker must always be fetched fresh so a new build replaces it
      { source: '/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
    ];
  },
};

export default nextConfig;
