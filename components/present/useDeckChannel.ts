/** The BroadcastChannel the windows of one deck share: an audience window tells its room, a presenter view says hello and drives the place. */
'use client';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Room } from '@/lib/lecture/deck';
import type { Blank } from '@/lib/lecture/deckState';

const CHANNEL = 'purge-atlas-present';

/** What the windows of one deck tell each other: the place, an audience window's room, a presenter's hello, the blank screen, a new deck. */
export type Message = { kind: 'place'; deck: string; slide: number; step: number } | { kind: 'room'; room: Room } | { kind: 'hello' } | { kind: 'blank'; blank: Blank }
  | { kind: 'deck'; deck: string; own: unknown; slide: number };

/**
 * One channel for the window's life (a message sent while it was being replaced would be lost). A hello is
 * answered here with this window's room (an audience window's slide area, `width` × `height` at `font`; none
 * in the presenter view or until measured); every other message goes to `onMessage.current`, which the caller
 * keeps up to date with its latest state.
 */
export function useDeckChannel(presenter: boolean, width: number, height: number, font: number): { post: (m: Message) => void; onMessage: RefObject<(m: Message) => void> } {
  const channel = useRef<BroadcastChannel | null>(null);
  const onMessage = useRef<(m: Message) => void>(() => {});
  const post = useCallback((m: Message) => channel.current?.postMessage(m), []);

  // the room this window is (audience), to tell presenter views
  const ownRoom = useRef<Room | null>(null);
  const tellRoom = useCallback(() => {
    if (ownRoom.current) channel.current?.postMessage({ kind: 'room', room: ownRoom.current } satisfies Message);
  }, []);
  useEffect(() => {
    ownRoom.current = !presenter && width > 0 ? { width, height, font } : null;
    tellRoom();
  }, [presenter, width, height, font, tellRoom]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<Message>) => { if (e.data?.kind === 'hello') tellRoom(); else onMessage.current(e.data); };
    tellRoom();
    return () => { ch.close(); channel.current = null; };
  }, [tellRoom]);
  // a presenter view asks the audience windows for their room
  useEffect(() => {
    if (presenter) post({ kind: 'hello' });
  }, [presenter, post]);

  return { post, onMessage };
}
