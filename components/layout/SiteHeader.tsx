import Link from 'next/link';
import { THEMES } from '@/lib/charts';
import { NavMenu } from './NavMenu';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="inner">
        <Link href="/" className="brand">Purge Atlas</Link>
        <NavMenu>
          <ul>
            {THEMES.map((t) => (
              <li key={t.slug}><Link href={`/${t.slug}`}>{t.title}</Link></li>
            ))}
            <li><Link href="/network">Network</Link></li>
            <li><Link href="/people">People</Link></li>
            <li><Link href="/sources">Sources</Link></li>
            <li><Link href="/#downloads">Data</Link></li>
            <li><Link href="/present">Present</Link></li>
            <li><Link href="/deck">My deck</Link></li>
          </ul>
        </NavMenu>
        <ThemeToggle />
      </div>
    </header>
  );
}
