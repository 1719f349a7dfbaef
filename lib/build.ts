/** Facts about this build that citations and metadata carry: version, build date, site address. */
import pkg from '../package.json';

export const SITE_NAME = 'Purge Atlas';
export const SITE_AUTHOR = 'Purge Atlas contributors';
export const VERSION: string = pkg.version;

/** The build date (YYYY-MM-DD): BUILD_DATE when set (reproducible builds), else today. */
export const BUILD_DATE: string = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

/**
 * The public address of the site when it is known at build time (NEXT_PUBLIC_SITE_URL, no trailing slash);
 * otherwise '' and pages fill in the address they are served from.
 */
export const SITE_URL: string = (process.env.NEXT_PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');
