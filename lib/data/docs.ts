/** Markdown documentation of the tables, derived from lib/data/schema.ts (see data/README.md). */
import { ALL_TABLES, PACKAGE_TABLES, type Column } from './schema';

export const DOC_BEGIN = '<!-- BEGIN GENERATED COLUMNS (npm run docs) -->';
export const DOC_END = '<!-- END GENERATED COLUMNS -->';

function typeLabel(c: Column): string {
  const base = c.type === 'enum' ? `one of: ${(c.values ?? []).map((v) => `\`${v}\``).join(', ')}` : c.type;
  return c.required ? base : `${base} (optional)`;
}

const esc = (s: string) => s.replace(/\|/g, '\\|');

export function renderColumnDocs(): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const t of PACKAGE_TABLES) {
    if (t.kind === 'stats') {
      if (seen.has('stats')) continue;
      seen.add('stats');
      const files = ALL_TABLES.filter((x) => x.kind === 'stats').map((x) => `\`${x.file}\``).join(', ');
      parts.push(`### Statistics tables: ${files}\n\nOne long-format schema shared by every statistics table.\n`);
    } else {
      parts.push(`### \`${t.file}\`\n\n${t.description}\n`);
    }
    parts.push('| column | type | meaning |', '| --- | --- | --- |');
    for (const [name, c] of Object.entries(t.columns)) parts.push(`| \`${name}\` | ${esc(typeLabel(c))} | ${esc(c.description)} |`);
    parts.push('');
  }
  return `${DOC_BEGIN}\n${parts.join('\n')}${DOC_END}`;
}

/** Replaces the generated section of a README text. */
export function withColumnDocs(readme: string): string {
  const a = readme.indexOf(DOC_BEGIN);
  const b = readme.indexOf(DOC_END);
  if (a === -1 || b === -1) throw new Error('data/README.md lacks the generated-columns markers');
  return readme.slice(0, a) + renderColumnDocs() + readme.slice(b + DOC_END.length);
}
