'use client';
// the router may be what failed: plain links reload the page

import { withBase } from '@/lib/charts/paths';

/** Last resort when the document shell itself fails: plain links, no site components. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" role="alert">
          <h1>Purge Atlas failed to load</h1>
          <p>{error.message || 'Unknown error'}{error.digest ? ` (reference ${error.digest})` : ''}</p>
          <p><button type="button" onClick={reset}>Try again</button> · <a href={withBase('/')}>Home</a> · <a href={withBase('/sources')}>Sources</a> · <a href={withBase('/downloads/all.zip')}>all.zip</a></p>
        </main>
      </body>
    </html>
  );
}
