'use client';
import { useEffect } from 'react';

/**
 * Registers public/sw.js in production builds, so that after one visit every page, CSV and download works
 * offline (lecture halls without internet). Not in `next dev`, where the files change under it.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // offline use is an extra: the site works the same without it
    });
  }, []);
  return null;
}
