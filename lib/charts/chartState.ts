/**
 * The state of one chart that lives in the query string, so a copied link restores it:
 * `<slug>.view=table`, `<slug>.scale=log`, `<slug>.hide=seriesA,seriesB`.
 * Parsing is strict: unknown values fall back to the default and are never echoed back.
 */
import type { ChartSpec } from './charts';

export type View = 'chart' | 'table';
export type Scale = 'linear' | 'log';

export interface ChartState {
  view: View;
  scale: Scale;
  hidden: string[];
}

export function defaultState(spec: ChartSpec): ChartState {
  return { view: 'chart', scale: spec.kind === 'bar' && spec.log === 'default' ? 'log' : 'linear', hidden: [] };
}

export function scaleOffered(spec: ChartSpec): boolean {
  return (spec.kind === 'bar' || spec.kind === 'line') && spec.log !== undefined;
}

function seriesKeys(spec: ChartSpec): string[] {
  return spec.kind === 'bar' || spec.kind === 'line' ? spec.series.map((s) => s.key) : [];
}

export function parseState(spec: ChartSpec, params: URLSearchParams): ChartState {
  const s = defaultState(spec);
  const view = params.get(`${spec.slug}.view`);
  if (view === 'table' || view === 'chart') s.view = view;
  const scale = params.get(`${spec.slug}.scale`);
  if (scaleOffered(spec) && (scale === 'log' || scale === 'linear')) s.scale = scale;
  const keys = seriesKeys(spec);
  const hide = params.get(`${spec.slug}.hide`);
  if (hide) s.hidden = hide.split(',').filter((k) => keys.includes(k));
  // never hide every series
  if (s.hidden.length >= keys.length) s.hidden = [];
  return s;
}

/** Writes the chart's state into params (non-default values only); other charts' keys are kept. */
export function writeState(spec: ChartSpec, state: ChartState, params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  const d = defaultState(spec);
  const set = (k: string, v: string | null) => (v === null ? out.delete(`${spec.slug}.${k}`) : out.set(`${spec.slug}.${k}`, v));
  set('view', state.view === d.view ? null : state.view);
  set('scale', state.scale === d.scale ? null : state.scale);
  set('hide', state.hidden.length ? state.hidden.join(',') : null);
  return out;
}
