'use client';
import { useEffect } from 'react';
import { withBase } from '@/lib/charts/paths';

/**
 * Registers public/sw.js in production builds, so that after one visit every page, CSV and download works
 * offline (lecture halls without internet). Not in `next dev`, where the files change under it.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register(withBase('/sw.js'), { scope: withBase('/') }).catch(() => {
      // offline use is an extra: the site works the same without it
    });
  }, []);
  return null;
}
