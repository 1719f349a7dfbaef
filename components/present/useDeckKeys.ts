/** The deck's keyboard and clicker: clickers send PageDown/PageUp (some send arrows, B or .); digits and Enter go to a slide. */
'use client';
import { useEffect, type Dispatch } from 'react';
import { blankAfterKey, type DeckAction, type DeckState } from '@/lib/lecture/deckState';
import { toggleFullscreen } from './deckWindow';
import type { DeckActions } from './useDeckActions';

export function useDeckKeys(state: DeckState, dispatch: Dispatch<DeckAction>, actions: DeckActions, leave: () => void) {
  const { ready, blank, presenter, typed } = state;
  const { move, showBlank, toggleTheme, toggleContrast } = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // not before the slides are in (the title slide shows meanwhile)
      if (!ready || e.altKey || e.ctrlKey || e.metaKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) return;
      const k = e.key;
      const handled = () => e.preventDefault();
      // any key brings a blanked slide back (W and B switch between white and black)
      if (blank) { handled(); showBlank(blankAfterKey(blank, k)); return; }
      if (k === 'b' || k === 'B' || k === '.') { handled(); showBlank('black'); }
      else if (k === 'w' || k === 'W') { handled(); showBlank('white'); }
      else if (k === 't' || k === 'T') { handled(); toggleTheme(); }
      else if ((k === 'i' || k === 'I') && !presenter) { handled(); dispatch({ type: 'inserting' }); }
      else if (k === 'ArrowRight' || k === 'PageDown' || k === ' ' || k === 'ArrowDown') { handled(); move('next'); }
      else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'ArrowUp' || k === 'Backspace') { handled(); move('prev'); }
      else if (k === 'Home') { handled(); move('first'); }
      else if (k === 'End') { handled(); move('last'); }
      else if (k === 'f' || k === 'F') { handled(); toggleFullscreen(); }
      else if (k === 'c' || k === 'C') { handled(); toggleContrast(); }
      else if (k === 'Escape') { if (!document.fullscreenElement) { handled(); leave(); } }
      else if (/^[0-9]$/.test(k)) { handled(); dispatch({ type: 'digit', digit: k }); }
      else if (k === 'Enter' && typed) { handled(); move('typed'); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ready, blank, presenter, typed, move, showBlank, toggleTheme, toggleContrast, dispatch, leave]);
}
