import { SiteLink as Link } from '@/components/layout/SiteLink';
import { NavMenu } from './NavMenu';
import { SECTIONS } from './sections';
import { ThemeToggle } from './ThemeToggle';

/** The site header on every page; its links, like every link of the site, do not prefetch (SiteLink). */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="inner">
        <Link href="/" className="brand">Purge Atlas</Link>
        <NavMenu>
          <ul>
            {SECTIONS.map(([href, label]) => <li key={href}><Link href={href}>{label}</Link></li>)}
          </ul>
        </NavMenu>
        <ThemeToggle />
      </div>
    </header>
  );
}
