/** The editor's form for a slide the lecturer writes (title, section, text or a quote from a row of data), and the row picker quote slides use. */
'use client';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { OWN_KINDS, OWN_TEXT_MAX, OWN_TITLE_MAX, type OwnSlide } from '@/lib/lecture/deck';
import { docTag } from '@/lib/charts/format';
import type { QuoteRow } from '@/lib/lecture/quotes';
import { useQuotes } from './useQuotes';

/** The slide being written; `picked` is the title a picked row proposed, replaced when another row is picked unless the lecturer changed it. */
export type Draft = OwnSlide & { picked?: string };

export function WriteSlide({ draft, setDraft, onAdd }: { draft: Draft; setDraft: Dispatch<SetStateAction<Draft>>; onAdd: () => void }) {
  return (
    <>
      <h2 id="write">Write a slide</h2>
      <form className="deck-write" aria-labelledby="write" onSubmit={(e) => { e.preventDefault(); onAdd(); }}>
        <label className="net-search"><span>Kind</span>
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as OwnSlide['kind'] })}>
            {OWN_KINDS.map((k) => <option key={k} value={k}>{{ title: 'Title slide', section: 'Section heading', text: 'Text', quote: 'Quote from a row of data' }[k]}</option>)}
          </select>
        </label>
        {draft.kind === 'quote' && <RowPicker value={draft.row} onPick={(q) => setDraft((d) => ({ ...d, row: q.ref, title: !d.title.trim() || d.title === d.picked ? q.label.slice(0, OWN_TITLE_MAX) : d.title, picked: q.label.slice(0, OWN_TITLE_MAX) }))} />}
        <label className="net-search"><span>Title</span>
          <input value={draft.title} maxLength={OWN_TITLE_MAX} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label className="net-search"><span>Text (a blank line starts a paragraph)</span>
          <textarea rows={3} value={draft.text} maxLength={OWN_TEXT_MAX} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
        </label>
        <button type="submit">Add this slide</button>
      </form>
    </>
  );
}

/**
 * Finds a row of data to quote: any table, words of its label or quote; a list the keyboard walks (↑ ↓),
 * and the chosen row's quote, document and line shown before the slide is added.
 */
function RowPicker({ value, onPick }: { value?: string; onPick: (q: QuoteRow) => void }) {
  const quotes = useQuotes(true);
  const [table, setTable] = useState('');
  const [find, setFind] = useState('');
  const list = quotes?.list ?? [];
  const tables = [...new Set(list.map((q) => q.table))];
  const words = find.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = list.filter((q) => (!table || q.table === table) && words.every((w) => `${q.label} ${q.quote} ${q.id}`.toLowerCase().includes(w)));
  const shown = matches.slice(0, 200);
  const chosen = value ? quotes?.rows?.[value] : undefined;
  if (quotes?.error) return <p role="alert" className="deck-message error">The rows of data could not be loaded ({quotes.error}).</p>;
  return (
    <fieldset className="row-picker">
      <legend>Row of data to quote</legend>
      <label className="net-search"><span>Table</span>
        <select value={table} onChange={(e) => setTable(e.target.value)}>
          <option value="">every table</option>
          {tables.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <label className="net-search"><span>Find (words of the label or quote)</span>
        <input type="search" value={find} onChange={(e) => setFind(e.target.value)} />
      </label>
      <label className="net-search row-picker-list"><span>{quotes ? `${matches.length} of ${list.length} rows${matches.length > shown.length ? ` (first ${shown.length} listed)` : ''}` : 'Loading the rows…'}</span>
        <select size={8} value={value ?? ''} onChange={(e) => { const q = quotes?.rows?.[e.target.value]; if (q) onPick(q); }}>
          {shown.map((q) => <option key={q.ref} value={q.ref}>{q.table} · {q.label}</option>)}
        </select>
      </label>
      {chosen && (
        <p className="row-picker-chosen" data-testid="picked-row"><q>{chosen.quote}</q> ({docTag(chosen.source)}, line {chosen.locator}{chosen.credited ? `; credited to ${chosen.credited}` : ''})</p>
      )}
    </fieldset>
  );
}
