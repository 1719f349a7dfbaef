/** Servers the benchmarks run against: the app (`next start`) and a plain static file server of the same build. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import sirv from 'sirv';

async function waitFor(base: string) {
  for (let i = 0; i < 150; i++) {
    try { if ((await fetch(base)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} did not come up`);
}

/** `next start` of the current build on a port, for the length of f. */
export async function withApp<T>(port: number, f: (base: string) => Promise<T>): Promise<T> {
  const proc = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(base);
    return await f(base);
  } finally {
    try { process.kill(-(proc.pid as number)); } catch { /* gone */ }
  }
}

/**
 * The same built pages and files as plain files (prerendered HTML from .next/server/app, public/, and
 * .next/static under /_next/static), served by sirv from a temporary folder: the physical limit of serving
 * these bytes on this machine, to compare the app's throughput with.
 */
export async function withStatic<T>(port: number, f: (base: string) => Promise<T>): Promise<T> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-static-'));
  const app = path.join('.next', 'server', 'app');
  const copyHtml = (from: string, to: string) => {
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('(') && !e.name.startsWith('[') && !e.name.startsWith('_')) {
        copyHtml(path.join(from, e.name), path.join(to, e.name));
      } else if (e.isFile() && e.name.endsWith('.html') && !e.name.startsWith('_')) {
        fs.mkdirSync(to, { recursive: true });
        fs.copyFileSync(path.join(from, e.name), path.join(to, e.name));
      }
    }
  };
  copyHtml(app, root);
  fs.cpSync('public', root, { recursive: true });
  fs.cpSync(path.join('.next', 'static'), path.join(root, '_next', 'static'), { recursive: true });
  const serve = sirv(root, { extensions: ['html'], etag: true, dev: false });
  const server = http.createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end('not found'); }));
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  try {
    return await f(`http://127.0.0.1:${port}`);
  } finally {
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
}
