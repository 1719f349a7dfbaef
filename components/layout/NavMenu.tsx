'use client';
import { useState, type ReactNode } from 'react';

/**
 * The site navigation; on a narrow screen (under 600 px) folded behind a Menu button, so the page's own title
 * is in the first screen. A disclosure: the button says whether the list is shown (aria-expanded) and
 * controls it; Escape closes it and returns focus; following a link closes it. Without JavaScript the list
 * is always shown (the CSS folds it only under html.js).
 */
export function NavMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className={`nav-menu${open ? ' open' : ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          (e.currentTarget.querySelector('.nav-menu-button') as HTMLButtonElement | null)?.focus();
        }
      }}>
      <button type="button" className="nav-menu-button no-print" aria-expanded={open} aria-controls="site-nav" onClick={() => setOpen(!open)}>
        Menu
      </button>
      <nav className="site-nav" id="site-nav" aria-label="Main" onClick={(e) => { if ((e.target as Element).closest('a')) setOpen(false); }}>{children}</nav>
    </div>
  );
}
