/** Facts about this build that citations and metadata carry: version, build date, site address. */
import pkg from '../../package.json';

export const VERSION: string = pkg.version;

/** The build date (YYYY-MM-DD): BUILD_DATE when set (reproducible builds), else today. */
export const BUILD_DATE: string = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

/**
 * The public address of the site's root when it is known at build time (SITE_URL, or NEXT_PUBLIC_SITE_URL;
 * with the base path of a project page: https://user.github.io/purge-atlas), no trailing slash. Code snippets,
 * citations, embed codes and datapackage.json then carry absolute addresses in the files as served; without
 * it they carry a placeholder that says what to replace, and pages fill in the address they are served from.
 */
export const SITE_URL: string = (process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');
