/** Whether the mouse has rested: true after IDLE_MS without a movement, false again at the mouse, a pointer press or keyboard focus. */
'use client';
import { useEffect, useState } from 'react';

/** Toolbar and pointer hide after this long without a mouse movement. */
const IDLE_MS = 3000;

export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => { setIdle(false); clearTimeout(timer); timer = setTimeout(() => setIdle(true), IDLE_MS); };
    window.addEventListener('mousemove', wake);
    window.addEventListener('pointerdown', wake);
    window.addEventListener('focusin', wake);
    return () => { clearTimeout(timer); window.removeEventListener('mousemove', wake); window.removeEventListener('pointerdown', wake); window.removeEventListener('focusin', wake); };
  }, []);
  return idle;
}
