/** Code that loads a CSV of the site by its address, in the languages readers reuse it in. */
export interface Snippet {
  lang: 'python' | 'r' | 'javascript';
  label: string;
  code: string;
}

export function csvSnippets(url: string): Snippet[] {
  const u = JSON.stringify(url);
  return [
    { lang: 'python', label: 'Python (pandas)', code: `import pandas as pd\n\ndf = pd.read_csv(${u})\nprint(df[["label", "value", "low", "high", "source", "locator"]])` },
    { lang: 'r', label: 'R', code: `df <- read.csv(${u}, encoding = "UTF-8")\nhead(df[, c("label", "value", "low", "high", "source", "locator")])` },
    { lang: 'javascript', label: 'JavaScript', code: `import Papa from "papaparse";\n\nconst text = await (await fetch(${u})).text();\nconst { data } = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });\nconsole.table(data);` },
  ];
}
