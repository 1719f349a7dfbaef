/** `npm run docs`: rewrites the column tables in data/README.md from lib/schema.ts. */
import fs from 'node:fs';
import { withColumnDocs } from '../lib/docs';

const file = 'data/README.md';
fs.writeFileSync(file, withColumnDocs(fs.readFileSync(file, 'utf8')));
console.log(`docs: ${file} column tables regenerated`);
