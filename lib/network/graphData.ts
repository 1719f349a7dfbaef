/** The network graph's drawing data at one year, as pure functions: nodes placed in the box, typed links with their bends and flags, faction regions with their outlines, and the label requests. */
import type { NetNode, NetRelation, Snapshot } from './network';
import type { Positions } from './layout';
import { REGION_TYPES, regionPath, regionsOf, type Region } from './regions';
import { placeLabels, type LabelRequest, type PlacedLabel, type Rect } from '../text/labelPlacement';

export interface Box { width: number; height: number }

/** Type and mark sizes in CSS pixels: label font, a faction's label font, a person's radius, half a faction's square, the room round the box. */
export interface GraphSizes { font: number; factionFont: number; r: number; half: number; pad: number }

/** Type and mark sizes in CSS pixels: the page's, or a projector's (at least 20 px labels at 1080p). */
export function netSizes(box: Box, scale: 'page' | 'slide', slideFont?: number): GraphSizes {
  const font = scale === 'slide' ? slideFont ?? Math.max(20, Math.round(Math.min(box.height * 0.03, box.width * 0.016))) : box.width < 600 ? 12 : 13;
  return { font, factionFont: scale === 'slide' ? font : font + 1, r: Math.round(font * 0.58), half: Math.round(font * 0.85), pad: Math.round(font * 1.6) };
}

/** To a tenth of a pixel, as every coordinate the graph writes. */
export const round = (v: number) => Math.round(v * 10) / 10;

/** A pan and zoom: a point x is drawn at x·k + x0 (d3-zoom's ZoomTransform has these three fields). */
export interface Transform { k: number; x: number; y: number }

/** The box less its padding, where the layout's fractions 0–1 are drawn. */
export interface Inner { x: number; y: number; w: number; h: number }

export interface GraphNode {
  id: string;
  /** Always 0: the place is in the graph's position sheet (sx, sy), not in visx's transform. */
  x: number;
  y: number;
  /** The place in the box, panned and zoomed, to a tenth of a pixel. */
  sx: number;
  sy: number;
  node: NetNode;
  status: string | undefined;
  /** Present at the year (under the filters) and in the year's layout. */
  visible: boolean;
  selected: boolean;
  /** Dead or ended, or not touching the selected node. */
  faded: boolean;
  disputed: boolean;
  /** Led a faction this year. */
  leader: boolean;
  /** The label's text (a short name). */
  text: string;
  label: PlacedLabel | undefined;
  font: number;
  r: number;
  /** Half the mark's size: a faction's half square, a person's radius. */
  half: number;
}

export interface GraphLink {
  source: GraphNode;
  target: GraphNode;
  rel: NetRelation;
  /** Sideways offset of the curve's control point, px: 0, then ±16, ±32… for further relations of one pair. */
  bend: number;
  /** Drawn this year (a membership of a faction is drawn as its region instead). */
  active: boolean;
  /** The selected relation. */
  on: boolean;
  /** A node is selected and this relation does not touch it. */
  dim: boolean;
  disputed: boolean;
}

export interface GraphRegion extends Region { kind: string; d: string; name: string; on: boolean }

export interface GraphInput {
  nodes: readonly NetNode[];
  /** Every relation of every year (the active ones are in snap.edges). */
  relations: readonly NetRelation[];
  snap: Snapshot;
  /** The year's layout, as fractions of the box. */
  positions: Positions;
  /** Nodes the reader dragged, as fractions of the box (they win over the layout). */
  pins: Positions;
  /** Label text by node id; the full name where missing. */
  texts: ReadonlyMap<string, string>;
  disputed: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  box: Box;
  size: GraphSizes;
  transform: Transform;
}

export interface GraphData {
  /** Every node, in the order of `nodes` (absent ones too, not visible), without labels yet. */
  nodes: Map<string, GraphNode>;
  /** The visible nodes, in the same order. */
  visible: GraphNode[];
  /** Every relation whose ends are nodes, in the order of `relations` (inactive ones too). */
  links: GraphLink[];
  /** How many links are drawn. */
  shown: number;
  regions: GraphRegion[];
  /** Relations in force this year at each node (drawn or not). */
  degree: Map<string, number>;
  inner: Inner;
}

export const innerBox = (box: Box, pad: number): Inner => ({ x: pad, y: pad, w: box.width - 2 * pad, h: box.height - 2 * pad });

/** Every node at the year: its place in the box (a pin, else the layout, else the middle), its state and its mark's sizes. */
export function graphNodes(input: GraphInput, inner: Inner): { nodes: Map<string, GraphNode>; degree: Map<string, number> } {
  const { snap, positions, pins, selectedNode, size, transform: t } = input;
  const touched = new Set(selectedNode ? snap.edges.filter((r) => r.from === selectedNode || r.to === selectedNode).flatMap((r) => [r.from, r.to]) : []);
  const leaders = new Set(snap.edges.filter((r) => r.type === 'led').map((r) => r.from));
  const degree = new Map<string, number>();
  for (const r of snap.edges) for (const id of [r.from, r.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const nodes = new Map<string, GraphNode>();
  for (const n of input.nodes) {
    const status = snap.status.get(n.id);
    const selected = selectedNode === n.id;
    const gone = status === 'dead' || status === 'ended';
    const f = pins[n.id] ?? positions[n.id] ?? { x: 0.5, y: 0.5 };
    const p = { x: inner.x + f.x * inner.w, y: inner.y + f.y * inner.h };
    const faction = n.kind === 'faction';
    nodes.set(n.id, {
      id: n.id, x: 0, y: 0, sx: round(p.x * t.k + t.x), sy: round(p.y * t.k + t.y), node: n, status, selected, leader: leaders.has(n.id),
      visible: snap.visible.has(n.id) && positions[n.id] !== undefined, faded: gone || (selectedNode !== null && !selected && !touched.has(n.id)),
      disputed: input.disputed.has(n.id), text: input.texts.get(n.id) ?? n.name, label: undefined,
      font: faction ? size.factionFont : size.font, r: size.r, half: faction ? size.half : size.r,
    });
  }
  return { nodes, degree };
}

/**
 * Every relation, in a fixed order (so a renderer keeps each edge's element); one is active when it holds this
 * year between two visible nodes and is not a membership of a faction (drawn as the region). Several active
 * relations between one pair bend apart: 0, +16, −16, +32, −32… px.
 */
export function graphLinks(input: Pick<GraphInput, 'relations' | 'snap' | 'disputed' | 'selectedNode' | 'selectedEdge'>, nodes: ReadonlyMap<string, GraphNode>): GraphLink[] {
  const { selectedNode, selectedEdge } = input;
  const activeIds = new Set(input.snap.edges.map((r) => r.id));
  const pairCount = new Map<string, number>();
  const links: GraphLink[] = [];
  for (const r of input.relations) {
    const s = nodes.get(r.from);
    const tg = nodes.get(r.to);
    if (!s || !tg) continue;
    const region = REGION_TYPES.has(r.type) && tg.node.kind === 'faction';
    const active = activeIds.has(r.id) && s.visible && tg.visible && !region;
    let bend = 0;
    if (active) {
      const k = r.from < r.to ? `${r.from}|${r.to}` : `${r.to}|${r.from}`;
      const i = pairCount.get(k) ?? 0;
      pairCount.set(k, i + 1);
      bend = i === 0 ? 0 : (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 16;
    }
    links.push({ source: s, target: tg, rel: r, bend, active, on: selectedEdge === r.id, dim: selectedNode !== null && r.from !== selectedNode && r.to !== selectedNode, disputed: input.disputed.has(r.id) });
  }
  return links;
}

/** Each faction region of the year (lib/network/regions.ts), outlined `half + 8` px round the faction and its members; `on` when one of them is selected. */
export function graphRegions(snap: Snapshot, nodes: ReadonlyMap<string, GraphNode>, half: number, selectedNode: string | null): GraphRegion[] {
  return regionsOf(snap, (id) => nodes.get(id)?.node.kind === 'faction').map((rg) => {
    const f = nodes.get(rg.faction) as GraphNode;
    const pts = [f, ...rg.members.map((m) => nodes.get(m) as GraphNode)].map((g) => ({ x: g.sx, y: g.sy }));
    return { ...rg, kind: f.node.faction?.kind ?? 'party', d: regionPath(pts, half + 8), name: f.node.name, on: selectedNode === rg.faction || rg.members.includes(selectedNode ?? '') };
  });
}

/** What the graph draws at the snapshot's year, before its labels are placed (graphLabels, withLabels). */
export function graphData(input: GraphInput): GraphData {
  const inner = innerBox(input.box, input.size.pad);
  const { nodes, degree } = graphNodes(input, inner);
  const links = graphLinks(input, nodes);
  const visible = [...nodes.values()].filter((g) => g.visible);
  return { nodes, visible, links, shown: links.filter((l) => l.active).length, regions: graphRegions(input.snap, nodes, input.size.half, input.selectedNode), degree, inner };
}

/** The curve of a relation between its two nodes (bent apart where a pair has several). */
export function linkPath(link: Pick<GraphLink, 'source' | 'target' | 'bend'>): string {
  const { sx: x1, sy: y1 } = link.source;
  const { sx: x2, sy: y2 } = link.target;
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const cx = Math.round(((x1 + x2) / 2 + (-(y2 - y1) / len) * link.bend) * 10) / 10;
  const cy = Math.round(((y1 + y2) / 2 + ((x2 - x1) / len) * link.bend) * 10) / 10;
  return `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`;
}

/** A point of the (unzoomed) box as fractions of the inner box, clamped to 0–1, in thousandths (a drag pin). */
export function fractionAt(inner: Inner, bx: number, by: number): { x: number; y: number } {
  const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
  return { x: clamp((bx - inner.x) / inner.w), y: clamp((by - inner.y) / inner.h) };
}

/** Labels are placed in this order: the selected node first, then factions, then people not faded, each by their relations this year. */
export function labelPriority(g: GraphNode, degree: ReadonlyMap<string, number>): number {
  const base = g.selected ? 1e6 : g.node.kind === 'faction' ? 1e4 : g.faded ? 0 : 1e3;
  return base + (degree.get(g.id) ?? 0);
}

/** What the placement of the labels depends on among the nodes (a renderer re-places labels when it changes). */
export const labelKey = (visible: readonly GraphNode[]) => visible.map((g) => `${g.id}:${g.sx}:${g.sy}:${g.selected ? 1 : 0}:${g.faded ? 1 : 0}`).join('|');

/** A text's width in px at a font size, bold or not. */
export type Measure = (text: string, font: number, bold: boolean) => number;

/** The marks to keep clear (each node's square, its disputed ring included) and one label request per visible node. */
export function labelRequests(visible: readonly GraphNode[], degree: ReadonlyMap<string, number>, measure: Measure): { marks: Rect[]; requests: LabelRequest[] } {
  const marks: Rect[] = visible.map((g) => {
    const h = g.disputed ? g.half + 4 : g.half;
    return { x: g.sx - h - 1, y: g.sy - h - 1, w: 2 * h + 2, h: 2 * h + 2 };
  });
  const requests: LabelRequest[] = visible.map((g) => {
    const w = Math.ceil(measure(g.text, g.font, g.node.kind === 'faction')) + 6;
    return { id: g.id, x: g.sx, y: g.sy, r: (g.disputed ? g.half + 4 : g.half) + 1, w, h: Math.ceil(g.font * 1.3), priority: labelPriority(g, degree) };
  });
  return { marks, requests };
}

/** The visible nodes' labels placed clear of every mark and label, 2 px inside the box (lib/text/labelPlacement.ts); those that fit nowhere are left out. */
export function graphLabels(visible: readonly GraphNode[], degree: ReadonlyMap<string, number>, box: Box, measure: Measure): Map<string, PlacedLabel> {
  const { marks, requests } = labelRequests(visible, degree, measure);
  return placeLabels(requests, marks, { x: 2, y: 2, w: box.width - 4, h: box.height - 4 });
}

/** The nodes with their placed labels: a node whose label changes is a new object, so a renderer that compares props sees it. */
export function withLabels(nodes: ReadonlyMap<string, GraphNode>, placed: ReadonlyMap<string, PlacedLabel>): Map<string, GraphNode> {
  const out = new Map<string, GraphNode>();
  for (const [id, g] of nodes) {
    const label = placed.get(id);
    out.set(id, label === g.label ? g : { ...g, label });
  }
  return out;
}
