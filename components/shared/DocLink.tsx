import { docTag } from '@/lib/charts/format';
import { withBase } from '@/lib/charts/paths';

/** "001, line 336", linked to the row on the sources page: the citation every table and panel shows. */
export function DocLink({ id, source, locator }: { id: string; source: string; locator: number }) {
  return <a href={withBase(`/sources#row-${id}`)}>{docTag(source)}, line {locator}</a>;
}
