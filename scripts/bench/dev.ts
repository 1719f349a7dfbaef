/**
 * What a developer waits for: `prepare-data` alone (with the network's layouts to compute, and with them up to date),
 * the unit stage, and the dev server's answers to the pages that draw the network (the 2nd and 3rd request of each
 * address, after its first compile). `tsx scripts/bench/dev.ts [DIR]` measures the checkout in DIR (default: here)
 * and prints the figures as JSON; `npm run bench` runs it and writes them into BENCHMARKS.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface DevFigures {
  prepareCold: number;
  prepareWarm: number;
  unitSeconds: number;
  requests: { url: string; first: number; second: number; third: number }[];
}

export const DEV_URLS = ['/network', '/network?year=1930', '/people/trotsky'];

/** The dev server's answer to an address it has compiled: the 2nd and 3rd requests. */
export const DEV_BUDGET_MS = 300;

const devEnv = () => {
  // next dev sets NODE_ENV itself (the bench runs with production): left out here
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV'));
  return { ...env, NEXT_TELEMETRY_DISABLED: '1' } as unknown as NodeJS.ProcessEnv;
};

function timed(cmd: string, args: string[], cwd: string): number {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: devEnv() });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`);
  return (Date.now() - t) / 1000;
}

async function get(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return performance.now() - t;
}

/** Waits until the server answers at all (its first compile of `/` included), for at most `ms`. */
async function ready(base: string, ms: number) {
  const end = Date.now() + ms;
  for (;;) {
    try { await get(`${base}/`); return; } catch (e) { if (Date.now() > end) throw e; }
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function measureDev(dir = process.cwd(), port = 3300): Promise<DevFigures> {
  // prepare-data with the layouts to compute (the generated file removed; where there is none, it always computes), then again
  fs.rmSync(path.join(dir, 'lib', 'generated', 'network.json'), { force: true });
  const prepareCold = timed('npx', ['tsx', 'scripts/prepare-data.ts'], dir);
  const prepareWarm = timed('npx', ['tsx', 'scripts/prepare-data.ts'], dir);
  if (!fs.existsSync(path.join(dir, 'lib', 'generated', 'chart-svg.json'))) timed('npx', ['tsx', 'scripts/chart-svg.tsx'], dir);
  const unitSeconds = timed('npx', ['vitest', 'run'], dir);
  const server = spawn('npx', ['next', 'dev', '-p', String(port)], { cwd: dir, stdio: 'ignore', env: devEnv(), detached: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    await ready(base, 180_000);
    const requests: DevFigures['requests'] = [];
    for (const url of DEV_URLS) {
      const [first, second, third] = [await get(base + url), await get(base + url), await get(base + url)];
      requests.push({ url, first, second, third });
    }
    return { prepareCold, prepareWarm, unitSeconds, requests };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  measureDev(path.resolve(process.argv[2] ?? '.')).then((f) => console.log(JSON.stringify(f, null, 2)), (e) => { console.error(e); process.exit(1); });
}
