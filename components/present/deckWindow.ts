/** What the deck does to its window: the place (and a new deck) written into the URL, fullscreen, and leaving for the slide's page. */
'use client';
import { NETWORK_SLIDE, STORYLINE_SLIDE, type Place } from '@/lib/lecture/deck';
import { withBase } from '@/lib/charts/paths';
import { replaceQuery } from '@/components/shared/url';

/** ?slide=N&step=S (1-based; no step at the first), and any `extra` parameters (null removes one). */
export function writeDeckUrl(p: Place, extra: Record<string, string | null> = {}) {
  const q = new URLSearchParams(window.location.search);
  q.set('slide', String(p.slide + 1));
  if (p.step > 0) q.set('step', String(p.step + 1)); else q.delete('step');
  for (const [k, v] of Object.entries(extra)) { if (v === null) q.delete(k); else q.set(k, v); }
  replaceQuery(q, false);
}

export function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => { /* refused: the deck works in the window */ });
}

/** Leaves the deck for the page of the slide shown (a chart's theme page, the network, the timeline), else the home page. */
export function leaveDeck(id: string | undefined, pages: Record<string, string>) {
  window.location.assign(withBase(id && pages[id] ? pages[id] : id === NETWORK_SLIDE ? '/network' : id === STORYLINE_SLIDE ? '/network/timeline' : '/'));
}
