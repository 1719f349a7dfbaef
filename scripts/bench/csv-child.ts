/** One measurement of scripts/bench/csv.ts: loads and validates the tables in a folder; prints JSON. */
import { performance } from 'node:perf_hooks';
import { readDataset } from '../../lib/data/data';
import { readSeeds } from '../../lib/data/seeds';

const dir = process.argv[2];
const seeds = readSeeds();
readDataset(dir, seeds); // warm-up: module JIT and the seed index
const t0 = performance.now();
const { dataset, errors } = readDataset(dir, seeds);
const ms = performance.now() - t0;
const rows = Object.values(dataset.stats).reduce((n, t) => n + t.length, 0)
  + dataset.sources.length + dataset.people.length + dataset.factions.length + dataset.relations.length + dataset.events.length;
console.log(JSON.stringify({ rows, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, errors: errors.length }));
