'use client';
import type { ReactNode } from 'react';
import type { Room } from '@/lib/lecture/deck';
import { useBox } from '../shared/useBox';

/**
 * Draws its slide at the room's size and scales the drawing down to fit this box, so a preview in the
 * presenter view wraps, places and cuts every label exactly as the room sees it.
 */
export function Stage({ room, label, children }: { room: Room; label: string; children: ReactNode }) {
  const [ref, box] = useBox<HTMLDivElement>();
  const scale = box.width > 0 && box.height > 0 ? Math.min(box.width / room.width, box.height / room.height) : 0;
  return (
    <div ref={ref} className="stage" role="group" aria-label={label}>
      {scale > 0 && (
        <div className="slide-room stage-room" data-scale={scale.toFixed(3)}
          style={{ width: room.width, height: room.height, left: (box.width - room.width * scale) / 2, transform: `scale(${scale})` }}>
          {children}
        </div>
      )}
    </div>
  );
}
