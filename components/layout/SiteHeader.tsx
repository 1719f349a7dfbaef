import Link from 'next/link';
import { NavMenu } from './NavMenu';
import { SECTIONS } from './sections';
import { ThemeToggle } from './ThemeToggle';

/**
 * The site header on every page. Its links do not prefetch (nor do the site's other links): each prefetch of a
 * link in view fetched and parsed the target's payload on the main thread while the page was starting
 * (40-90 ms tasks at 4x CPU on a phone); a click fetches the page then.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="inner">
        <Link prefetch={false} href="/" className="brand">Purge Atlas</Link>
        <NavMenu>
          <ul>
            {SECTIONS.map(([href, label]) => <li key={href}><Link prefetch={false} href={href}>{label}</Link></li>)}
          </ul>
        </NavMenu>
        <ThemeToggle />
      </div>
    </header>
  );
}
