/** The graph's pan and zoom (d3-zoom): buttons, + − 0 keys, pinch and ctrl + wheel; drags that start on a mark are left to the mark. */
'use client';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export const ZOOM_MAX = 8;

/**
 * Pan and zoom of the SVG in a box of `width` × `height`: the wheel only with ctrl (a trackpad pinch), so
 * the page still scrolls under the mouse; a drag that starts on a node is left to the node (it pins).
 */
export function useGraphZoom(svgRef: RefObject<SVGSVGElement | null>, zoomable: boolean, width: number, height: number) {
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [t, setT] = useState<ZoomTransform>(zoomIdentity);
  const [panning, setPanning] = useState(false);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !zoomable) return;
    const z = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, ZOOM_MAX])
      .extent([[0, 0], [width, height]])
      .translateExtent([[0, 0], [width, height]])
      .filter((e: Event) => {
        if (e.type === 'wheel') return (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey;
        if (e.type === 'dblclick') return false;
        return !(e.target as Element).closest?.('.net-node,.net-edge,.n-label') && !(e as MouseEvent).button;
      })
      .on('start', () => setPanning(true))
      .on('zoom', (e: { transform: ZoomTransform }) => setT(e.transform))
      .on('end', () => setPanning(false));
    zoomRef.current = z;
    const sel = select(svg);
    sel.call(z);
    return () => { sel.on('.zoom', null); };
  }, [svgRef, zoomable, width, height]);
  const zoomBy = (k: number) => { const z = zoomRef.current; if (z && svgRef.current) z.scaleBy(select(svgRef.current), k); };
  const fitAll = () => { const z = zoomRef.current; if (z && svgRef.current) z.transform(select(svgRef.current), zoomIdentity); };
  const onKey = (e: KeyboardEvent) => {
    if (!zoomable || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === '+' || e.key === '=') { e.preventDefault(); zoomBy(1.5); }
    else if (e.key === '-' || e.key === '_') { e.preventDefault(); zoomBy(1 / 1.5); }
    else if (e.key === '0') { e.preventDefault(); fitAll(); }
  };
  return { t, panning, zoomRef, zoomBy, fitAll, onKey };
}
