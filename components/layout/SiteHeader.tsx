import Link from 'next/link';
import { NavMenu } from './NavMenu';
import { SECTIONS } from './sections';
import { ThemeToggle } from './ThemeToggle';

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
