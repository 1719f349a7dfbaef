import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The site's links between its pages: next/link without prefetching. Each link in view used to fetch and parse its
 * target's payload on the main thread while the page started (40-90 ms tasks at 4x CPU on a phone); a click
 * fetches the page then. Lint allows next/link only here (eslint.config.mjs).
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
