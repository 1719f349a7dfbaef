'use client';
import { useMemo } from 'react';
import { QUOTES_FILE, type QuoteRow } from '@/lib/lecture/quotes';
import { useStaticFile } from '@/components/layout/useStaticFile';

/** The quotable rows by "table/id", or null while loading or when not needed; `error` says when they could not be fetched. */
export type Quotes = { rows: Record<string, QuoteRow>; list: QuoteRow[]; error?: undefined } | { rows?: undefined; list?: undefined; error: string } | null;

/**
 * The rows of data a quote slide can show, fetched once (a static file written at build) and only when
 * `needed`: a deck with a quote slide, or the row picker opened.
 */
export function useQuotes(needed: boolean): Quotes {
  const { data: list, error } = useStaticFile<QuoteRow[]>(QUOTES_FILE, needed);
  return useMemo<Quotes>(() => (error ? { error } : list ? { list, rows: Object.fromEntries(list.map((q) => [q.ref, q])) } : null), [list, error]);
}
