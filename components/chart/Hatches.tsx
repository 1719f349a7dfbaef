import { SERIES_COLOURS, hatchId } from './palette';

/** SVG pattern definitions for approximate figures (diagonal hatching in the series colour). */
export function Hatches({ uid }: { uid: string }) {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        {SERIES_COLOURS.map((c, i) => (
          <pattern key={c} id={hatchId(uid, i)} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" style={{ fill: c, opacity: 0.35 }} />
            <line x1="0" y1="0" x2="0" y2="6" style={{ stroke: c, strokeWidth: 3 }} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
