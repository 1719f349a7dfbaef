import { withBase } from '@/lib/charts/paths';
import { SECTIONS } from './sections';

/**
 * The site header of the 404 page: the same links as plain anchors, always shown, and no client component.
 * The 404 page is part of every page's tree, so whatever client code it imports loads on every page; with the
 * menu and theme toggle it came as a second copy of the header's chunk (4 kB gzip on every page).
 */
export function PlainHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="inner">
        <a href={withBase('/')} className="brand">Purge Atlas</a>
        <div className="nav-menu plain">
          <nav className="site-nav" id="site-nav" aria-label="Main">
            <ul>
              {SECTIONS.map(([href, label]) => <li key={href}><a href={withBase(href)}>{label}</a></li>)}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
