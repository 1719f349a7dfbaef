/**
 * `npm start`: serves the static export (out/, or OUT_DIR) on PORT (default 3000) and HOST (default
 * 127.0.0.1) with the site's headers, under BASE_PATH when the build used one. The same files any static
 * host serves; this is for trying a build locally and for the end-to-end tests.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { normaliseBasePath } from '../lib/charts/paths';
import { outDir, staticHandler } from './serve-lib';

const dir = outDir();
if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`serve: no static export in ${dir}/; run npm run build first`);
  process.exit(1);
}
const base = normaliseBasePath(process.env.BASE_PATH);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
http.createServer(staticHandler(dir, base)).listen(port, host, () => {
  console.log(`serve: ${dir}/ at http://${host}:${port}${base}/`);
});
