/**
 * Servers the benchmarks run against, in this process: the site as `npm start` serves the static export
 * (headers, precompressed files) and a plain static file server of the same files (sirv with no options:
 * the physical limit of serving these bytes on this machine, to compare with).
 */
import http from 'node:http';
import sirv from 'sirv';
import { outDir, staticHandler } from '../serve-lib';

async function withServer<T>(handler: http.RequestListener, port: number, f: (base: string) => Promise<T>): Promise<T> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  try {
    return await f(`http://127.0.0.1:${port}`);
  } finally {
    server.close();
  }
}

/** out/ as `npm start` serves it (scripts/serve.ts), for the length of f. */
export function withApp<T>(port: number, f: (base: string) => Promise<T>): Promise<T> {
  return withServer(staticHandler(outDir(), ''), port, f);
}

/** The same files from a plain sirv, without headers or compression. */
export function withStatic<T>(port: number, f: (base: string) => Promise<T>): Promise<T> {
  const serve = sirv(outDir(), { extensions: ['html'], etag: true, dev: false });
  return withServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end('not found'); }), port, f);
}
