/**
 * The network's per-year layouts (wide and tall) and its storyline, computed once per change of their inputs and
 * kept in lib/generated/network.json, keyed by a hash of the inputs: the network the tables make and the code that
 * lays it out. Pages, the lecture deck file, person pages, the bench and the tests read it; a stale file is never
 * used (the key is checked on every read, and a mismatch recomputes and rewrites it). Server and build only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { loadDataset, type Dataset } from '../data/data';
import { buildNetwork, type Network } from './network';
import { layoutNetwork, type NetworkLayouts } from './layout';
import { buildStoryline, type Storyline } from './storyline';

/** What the layout code is: these files, whose text (parameters included) goes into the key. */
export const LAYOUT_CODE = ['lib/network/network.ts', 'lib/network/layout.ts', 'lib/network/regions.ts', 'lib/network/storyline.ts', 'lib/network/computed.ts'];

/** Where the computed layouts live (gitignored; `npm run data` writes it, and any reader rewrites it when stale). */
export const NETWORK_FILE = 'lib/generated/network.json';

export interface NetworkComputed {
  /** sha256 of the network and the layout code it was computed from. */
  key: string;
  layouts: NetworkLayouts;
  storyline: Storyline;
}

const root = () => process.env.PURGE_ATLAS_ROOT ?? process.cwd();

/** The simulation library whose version goes into the key too (an upgrade may move every node). */
const LIBRARY = 'node_modules/d3-force/package.json';

/** The key of a network's layouts: its nodes, relations and span, the text of the layout code, and d3-force's version. */
export function networkKey(network: Network): string {
  const h = createHash('sha256').update(JSON.stringify(network));
  for (const f of LAYOUT_CODE) h.update(`\0${f}\0`).update(fs.readFileSync(path.join(/*turbopackIgnore: true*/ root(), f)));
  const lib = path.join(/*turbopackIgnore: true*/ process.cwd(), LIBRARY);
  h.update(`\0d3-force\0${fs.existsSync(lib) ? (JSON.parse(fs.readFileSync(lib, 'utf8')) as { version: string }).version : '?'}`);
  return h.digest('hex');
}

/** Layouts and storyline straight from the algorithms (what the file holds); no file is read or written. */
export function computeNetwork(network: Network, key = networkKey(network)): NetworkComputed {
  return { key, layouts: layoutNetwork(network), storyline: buildStoryline(network) };
}

/** The file's text for a computation: the same bytes from the same inputs. */
export const serialise = (c: NetworkComputed) => `${JSON.stringify(c)}\n`;

function readFile(file: string): NetworkComputed | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as NetworkComputed;
  } catch {
    return null;
  }
}

let memo: NetworkComputed | null = null;

export interface ComputedSource {
  /** Where the result came from: this process's memory, the file, or the algorithms (then written to the file). */
  from: 'memory' | 'file' | 'computed';
}

/**
 * The layouts and storyline of a network (by default the one data/ makes): from memory or the file when their key
 * matches, else computed and written (atomically: another process never reads half a file).
 */
export function networkComputed(network: Network = buildNetwork(loadDataset()), report?: (s: ComputedSource) => void): NetworkComputed {
  const key = networkKey(network);
  if (memo?.key === key) { report?.({ from: 'memory' }); return memo; }
  const file = path.join(/*turbopackIgnore: true*/ root(), NETWORK_FILE);
  const onDisk = readFile(file);
  if (onDisk?.key === key) { report?.({ from: 'file' }); return (memo = onDisk); }
  const text = serialise(computeNetwork(network, key));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  report?.({ from: 'computed' });
  // what the file holds (JSON: -0 is 0, no undefined fields), so every reader gets the same whichever way it came
  return (memo = JSON.parse(text) as NetworkComputed);
}

/** The network data/ makes, with its computed layouts and storyline. */
export function networkOf(d: Dataset = loadDataset()): NetworkComputed & { network: Network } {
  const network = buildNetwork(d);
  return { network, ...networkComputed(network) };
}
