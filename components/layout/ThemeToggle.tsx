'use client';
import { useEffect, useState } from 'react';

type Mode = 'auto' | 'light' | 'dark';
const NEXT: Record<Mode, Mode> = { auto: 'dark', dark: 'light', light: 'auto' };

/** Light / dark / follow-the-system switch; the choice is kept in localStorage and applied by the layout's head script. */
export function ThemeToggle() {
  const [mode, setMode] = useState<Mode>('auto');
  useEffect(() => {
    const saved = localStorage.getItem('theme');
     
    if (saved === 'light' || saved === 'dark') setMode(saved);
  }, []);
  const change = () => {
    const next = NEXT[mode];
    setMode(next);
    if (next === 'auto') {
      localStorage.removeItem('theme');
      document.documentElement.removeAttribute('data-theme');
    } else {
      localStorage.setItem('theme', next);
      document.documentElement.setAttribute('data-theme', next);
    }
  };
  return (
    // the accessible name begins with the visible text (WCAG 2.5.3, label in name)
    <button type="button" className="theme-toggle no-print" onClick={change}>
      Theme: {mode === 'auto' ? 'system' : mode}<span className="visually-hidden">. Press to change the colour theme</span>
    </button>
  );
}
