/** The lecture's clock in the presenter view: start, pause and reset, against a target length (in minutes, kept), with the time left. */
'use client';
import { useEffect, useState } from 'react';

const TARGET_KEY = 'purge-atlas-lecture-minutes';

export function Timer() {
  const [start, setStart] = useState<number | null>(null);
  const [paused, setPaused] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [target, setTarget] = useState(50);
  useEffect(() => {
    try { const t = Number(localStorage.getItem(TARGET_KEY)); if (t > 0 && t <= 600) setTarget(t); } catch { /* default */ }
  }, []);
  useEffect(() => {
    if (start === null || paused !== null) return;
    setNow(Date.now());
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, [start, paused]);
  const elapsed = start === null ? 0 : Math.max(0, Math.floor(((paused ?? now) - start) / 1000));
  const clock = (sec: number) => `${String(Math.floor(sec / 60)).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}`;
  const left = target * 60 - elapsed;
  const state = start === null ? 'stopped' : paused !== null ? 'paused' : 'running';
  return (
    <div className="presenter-timer" role="timer" aria-label="Lecture time" data-state={state} data-over={left < 0 ? 'true' : undefined}>
      <span data-testid="timer">{clock(elapsed)}</span>
      <span className="meta" data-testid="timer-left">{left >= 0 ? `${clock(left)} left` : `${clock(-left)} over`} of {target} min</span>
      {state === 'stopped'
        ? <button type="button" onClick={() => { const t = Date.now(); setStart(t); setNow(t); }}>Start</button>
        : <button type="button" onClick={() => {
          if (paused === null) setPaused(Date.now());
          else { setStart((start ?? 0) + (Date.now() - paused)); setPaused(null); }
        }}>{paused === null ? 'Pause' : 'Resume'}</button>}
      <button type="button" onClick={() => { setStart(null); setPaused(null); setNow(0); }} disabled={state === 'stopped'}>Reset</button>
      <label>Target <input type="number" min={1} max={600} value={target} onChange={(e) => {
        const v = Math.min(600, Math.max(1, Math.round(Number(e.target.value) || 1)));
        setTarget(v);
        try { localStorage.setItem(TARGET_KEY, String(v)); } catch { /* not kept */ }
      }} /> min</label>
    </div>
  );
}
