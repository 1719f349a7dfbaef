/** A static host's reading of a `_headers` file (Netlify, Cloudflare Pages), for the tests. */

/** What Netlify and Cloudflare Pages send for a path: the headers of every rule whose path matches, added up. */
export function hostHeaders(file: string, pathname: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let match = false;
  for (const line of file.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      match = pattern.test(pathname);
    } else if (match) {
      const [k, ...v] = line.trim().split(': ');
      (out[k] ??= []).push(v.join(': '));
    }
  }
  return out;
}

