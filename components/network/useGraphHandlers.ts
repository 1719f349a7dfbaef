/** The graph's handlers (select, drag to pin, bring a focused node into view), stable for the life of the graph, with the drag in progress. */
'use client';
import { useMemo, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { select } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { fractionAt, type Box, type GraphNode, type Inner } from '@/lib/network/graphData';
import type { Ctx } from './GraphMarks';

export interface HandlerInput {
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onPin: (id: string, x: number, y: number) => void;
  nodes: ReadonlyMap<string, GraphNode>;
  t: ZoomTransform;
  box: Box;
  inner: Inner;
  zoomable: boolean;
}

/**
 * The context value the marks share: handlers that read the latest props and state through a ref, so it
 * never changes and a year step re-renders just the marks that change. A press on a node that does not
 * move selects it; one that moves pins it where it is dropped.
 */
export function useGraphHandlers(svgRef: RefObject<SVGSVGElement | null>, zoomRef: RefObject<ZoomBehavior<SVGSVGElement, unknown> | null>, p: HandlerInput) {
  const [drag, setDrag] = useState<{ id: string; moved: boolean } | null>(null);
  const toFraction = (e: PointerEvent) => {
    const m = svgRef.current?.getScreenCTM();
    if (!m) return null;
    const q = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    const [bx, by] = p.t.invert([q.x, q.y]);
    return fractionAt(p.inner, bx, by);
  };
  const latest = useRef({ ...p, drag, toFraction });
  latest.current = { ...p, drag, toFraction };
  const ctx = useMemo<Ctx>(() => ({
    onSelectNode: (id) => latest.current.onSelectNode(id),
    onSelectEdge: (id) => latest.current.onSelectEdge(id),
    startDrag: (id, e) => { (e.target as Element).setPointerCapture?.(e.pointerId); setDrag({ id, moved: false }); },
    moveDrag: (id, e) => {
      const { drag: d, toFraction: conv, onPin: pin } = latest.current;
      if (d?.id !== id) return;
      const f = conv(e);
      if (!f) return;
      pin(id, f.x, f.y);
      if (!d.moved) setDrag({ id, moved: true });
    },
    endDrag: (id) => { const d = latest.current.drag; if (d?.id === id && !d.moved) latest.current.onSelectNode(id); setDrag(null); },
    paths: new Map(),
    // a node reached by keyboard outside the zoomed view is brought into it
    onFocusNode: (id) => {
      const { nodes: gs, box: b, t: tr, zoomable: zm } = latest.current;
      const g = gs.get(id);
      const z = zoomRef.current;
      if (!g || !z || !zm || !svgRef.current || tr.k === 1) return;
      if (g.sx >= 0 && g.sy >= 0 && g.sx <= b.width && g.sy <= b.height) return;
      const [bx, by] = tr.invert([g.sx, g.sy]);
      z.translateTo(select(svgRef.current), bx, by);
    },
  }), [svgRef, zoomRef]);
  return { ctx, drag };
}
