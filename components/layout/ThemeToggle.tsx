'use client';
import { useEffect, useState } from 'react';
import { applyTheme, savedTheme, type ThemeMode as Mode } from './theme';

const NEXT: Record<Mode, Mode> = { auto: 'dark', dark: 'light', light: 'auto' };

/** Light / dark / follow-the-system switch; the choice is kept in localStorage and applied by the layout's head script. */
export function ThemeToggle() {
  const [mode, setMode] = useState<Mode>('auto');
  useEffect(() => {
    setMode(savedTheme());
  }, []);
  const change = () => {
    const next = NEXT[mode];
    setMode(next);
    applyTheme(next);
  };
  return (
    // the accessible name begins with the visible text (WCAG 2.5.3, label in name)
    <button type="button" className="theme-toggle no-print" onClick={change}>
      Theme: {mode === 'auto' ? 'system' : mode}<span className="visually-hidden">. Press to change the colour theme</span>
    </button>
  );
}
