'use client';
import { SiteLink as Link } from '@/components/layout/SiteLink';
import { withBase } from '@/lib/charts/paths';

/**
 * Shown in place of a page that failed in the browser; the header and footer of the site stay around it.
 * A data problem cannot get here: bad data stops the build with file:row:column errors.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="page-error">
      <h1>This page failed to load</h1>
      <p>
        Something went wrong while showing this page: <code>{error.message || 'unknown error'}</code>
        {error.digest ? <> (reference {error.digest})</> : null}.
      </p>
      <p>
        <button type="button" onClick={reset}>Try again</button>{' '}
        or go to <Link href="/">the home page</Link> or <Link href="/sources">the sources</Link>. Every table can
        still be downloaded from <a href={withBase('/downloads/all.zip')}>all.zip</a>.
      </p>
    </div>
  );
}
