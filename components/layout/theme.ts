/** The colour theme the reader chose (kept in localStorage, applied to <html> by the layout's head script and here). */
export type ThemeMode = 'auto' | 'light' | 'dark';

export function savedTheme(): ThemeMode {
  try {
    const saved = localStorage.getItem('theme');
    return saved === 'light' || saved === 'dark' ? saved : 'auto';
  } catch { return 'auto'; }
}

/** The theme in force: the saved one, or the system's. */
export function effectiveTheme(): 'light' | 'dark' {
  const m = savedTheme();
  if (m !== 'auto') return m;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(mode: ThemeMode) {
  try {
    if (mode === 'auto') localStorage.removeItem('theme'); else localStorage.setItem('theme', mode);
  } catch { /* not kept */ }
  if (mode === 'auto') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', mode);
}
