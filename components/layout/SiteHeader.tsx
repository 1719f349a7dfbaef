import Link from 'next/link';
import { STAT_TABLES } from '@/lib/schema';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">Skip to content</a>
      <div className="inner">
        <Link href="/" className="brand">Purge Atlas</Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {STAT_TABLES.map((t) => (
              <li key={t.name}><Link href={`/#${t.name}`}>{t.title}</Link></li>
            ))}
            <li><Link href="/#downloads">Data</Link></li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
