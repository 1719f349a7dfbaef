import { THEMES } from '@/lib/charts/charts';

/** The site's sections, in the order the header lists them. */
export const SECTIONS: readonly (readonly [href: string, label: string])[] = [
  ...THEMES.map((t) => [`/${t.slug}`, t.title] as const),
  ['/network', 'Network'], ['/people', 'People'], ['/sources', 'Sources'], ['/#downloads', 'Data'], ['/present', 'Present'], ['/deck', 'My deck'],
];
