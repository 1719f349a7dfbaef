/** Code that loads a CSV of the site by its address, in the languages readers reuse it in, with the column types of lib/data/schema.ts. */
import type { Columns } from '../data/schema';

export interface Snippet {
  lang: 'python' | 'r' | 'javascript';
  label: string;
  code: string;
}

/** Stands for the site's address in the HTML as served when the build did not know it (SITE_URL unset). */
export const SITE_PLACEHOLDER = 'https://YOUR-SITE.example';

/** The columns a reader should get as whole numbers: years and line numbers (blanks stay blank, not 1935.0). */
export function integerColumns(columns: Columns): string[] {
  return Object.entries(columns).filter(([, c]) => c.type === 'year' || c.type === 'integer').map(([name]) => name);
}

export function csvSnippets(url: string, columns: Columns): Snippet[] {
  const u = JSON.stringify(url);
  const ints = integerColumns(columns);
  const shown = ['label', 'value', 'low', 'high', 'source', 'locator'].filter((c) => c in columns);
  const replace = (mark: string) => (url.startsWith(SITE_PLACEHOLDER) ? `${mark} Replace ${SITE_PLACEHOLDER} with the address this site is served from.\n` : '');
  const pyList = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return [
    {
      lang: 'python', label: 'Python (pandas)',
      code: `import pandas as pd\n\n${replace('#')}# years and line numbers as nullable whole numbers: a blank stays blank\n`
        + `df = pd.read_csv(${u}, dtype={${ints.map((c) => `"${c}": "Int64"`).join(', ')}})\nprint(df[${pyList(shown)}])`,
    },
    {
      lang: 'r', label: 'R',
      code: `${replace('#')}df <- read.csv(${u}, encoding = "UTF-8",\n  colClasses = c(${ints.map((c) => `${c} = "integer"`).join(', ')}))\n`
        + `head(df[, c(${shown.map((c) => JSON.stringify(c)).join(', ')})])`,
    },
    {
      lang: 'javascript', label: 'JavaScript',
      code: `import Papa from "papaparse";\n\n${replace('//')}const text = await (await fetch(${u})).text();\n`
        + `// dynamicTyping: numbers as numbers, blank cells as null\nconst { data } = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });\nconsole.table(data);`,
    },
  ];
}
