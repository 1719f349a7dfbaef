import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const root = path.resolve(__dirname, '../..');

describe('bad data stops the build', () => {
  it('prepare-data exits 1 and names file, row and column', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'purge-atlas-build-'));
    for (const f of fs.readdirSync(path.join(FIXTURES, 'valid'))) fs.copyFileSync(path.join(FIXTURES, 'valid', f), path.join(dir, f));
    fs.copyFileSync(path.join(FIXTURES, 'broken', 'bad-number', 'congress.csv'), path.join(dir, 'congress.csv'));
    const res = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/prepare-data.ts'], {
      cwd: root, env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8',
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('data/congress.csv:2:value: "1l0" is not a plain number');
  }, 30_000);
});
