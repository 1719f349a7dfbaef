import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The CSVs are read at build time from data/ by lib/data.ts; pages are static.
  outputFileTracingIncludes: { '/*': ['./data/**/*'] },
};

export default nextConfig;
