/** `npm run docs`: rewrites the column tables in data/README.md from lib/data/schema.ts and deploy/nginx.conf from lib/site/headers.ts. */
import fs from 'node:fs';
import { withColumnDocs } from '../lib/data/docs';
import { nginxConf } from '../lib/site/headers';

const file = 'data/README.md';
fs.writeFileSync(file, withColumnDocs(fs.readFileSync(file, 'utf8')));
console.log(`docs: ${file} column tables regenerated`);
fs.mkdirSync('deploy', { recursive: true });
fs.writeFileSync('deploy/nginx.conf', nginxConf());
console.log('docs: deploy/nginx.conf regenerated');
