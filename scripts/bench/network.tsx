/**
 * Network benchmark: the cost of one step of the year slider (time filter + React render and commit of
 * the graph), with the real data and with a generated 500-node / 2,000-edge network, in jsdom; and the
 * same step in headless Chromium on the built page with the real data. Budget: 50 ms a step.
 */
import { JSDOM } from 'jsdom';
import { performance } from 'node:perf_hooks';
import type { Network } from '../../lib/network/network';

export interface StepStats { label: string; nodes: number; edges: number; steps: number; median: number; p95: number; max: number; layoutMs?: number }

export const BUDGET_MS = 50;

const q = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

function installDom() {
  const dom = new JSDOM('<!doctype html><html><body><div id="root"></div></body></html>', { pretendToBeVisual: true, url: 'http://localhost/network' });
  const g = globalThis as Record<string, unknown>;
  for (const k of ['window', 'document', 'navigator', 'HTMLElement', 'Element', 'Node', 'SVGElement', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'MutationObserver']) {
    if (!(k in g) || k === 'window' || k === 'document') Object.defineProperty(g, k, { value: (dom.window as unknown as Record<string, unknown>)[k] ?? dom.window, configurable: true, writable: true });
  }
  g.window = dom.window;
  g.document = dom.window.document;
  return dom;
}

/** Steps through every year of the span, up and back, `rounds` times (the first round is warm-up). */
export async function benchJsdom(label: string, network: Network, rounds = 4): Promise<StepStats> {
  installDom();
  const React = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { flushSync } = await import('react-dom');
  const { NetworkGraph } = await import('../../components/network/NetworkGraph');
  const { snapshot, nodeIndex } = await import('../../lib/network/network');
  const { layoutNetwork } = await import('../../lib/network/layout');
  const t0 = performance.now();
  const layouts = layoutNetwork(network);
  const layoutMs = performance.now() - t0;
  const index = nodeIndex(network);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  const years: number[] = [];
  for (let y = network.span[0]; y <= network.span[1]; y++) years.push(y);
  const path = [...years, ...[...years].reverse()];
  const times: number[] = [];
  const noop = () => {};
  for (let r = 0; r < rounds; r++) {
    for (const year of path) {
      const start = performance.now();
      const snap = snapshot(network, year, { types: [], factions: [] }, index);
      flushSync(() => root.render(React.createElement(NetworkGraph, {
        nodes: network.nodes, relations: network.relations, layouts, snap, selectedNode: null, selectedEdge: null,
        onSelectNode: noop, onSelectEdge: noop, pins: {}, onPin: noop,
      })));
      if (r > 0) times.push(performance.now() - start);
    }
  }
  root.unmount();
  return { label, nodes: network.nodes.length, edges: network.relations.length, steps: times.length, median: q(times, 0.5), p95: q(times, 0.95), max: Math.max(...times), layoutMs };
}
