'use client';
import { useEffect, useState } from 'react';
import { QUOTES_FILE, type QuoteRow } from '@/lib/quotes';
import { withBase } from '@/lib/paths';

/** The quotable rows by "table/id", or null while loading or when not needed; `error` says when they could not be fetched. */
export type Quotes = { rows: Record<string, QuoteRow>; list: QuoteRow[]; error?: undefined } | { rows?: undefined; list?: undefined; error: string } | null;

let cache: Promise<QuoteRow[]> | null = null;

/**
 * The rows of data a quote slide can show, fetched once (a static file written at build) and only when
 * `needed`: a deck with a quote slide, or the row picker opened.
 */
export function useQuotes(needed: boolean): Quotes {
  const [quotes, setQuotes] = useState<Quotes>(null);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    cache ??= fetch(withBase(QUOTES_FILE)).then((r) => {
      if (!r.ok) throw new Error(`${QUOTES_FILE}: HTTP ${r.status}`);
      return r.json() as Promise<QuoteRow[]>;
    });
    cache.then((list) => { if (live) setQuotes({ list, rows: Object.fromEntries(list.map((q) => [q.ref, q])) }); },
      (e: Error) => { cache = null; if (live) setQuotes({ error: e.message }); });
    return () => { live = false; };
  }, [needed]);
  return quotes;
}
