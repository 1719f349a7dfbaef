import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/data/data';
import { dataPackage } from '@/lib/reuse/datapackage';
import { requireSeeds } from './helpers';

/**
 * The official Tabular Data Package profile (Frictionless Data specs v1, JSON Schema draft-04), as the
 * `datapackage` npm package 1.1.10 ships it in src/profiles/: frictionless-py checks the same profile
 * before it reads any table, so a descriptor it would call INVALID fails here first.
 */
const profile = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../fixtures/profiles/tabular-data-package.json'), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true); // a UI hint of the profile, not a constraint
  return ajv.compile(profile);
}

describe('datapackage.json against the Tabular Data Package profile', () => {
  const { dataset } = readDataset(undefined, requireSeeds());
  const validate = validator();

  it('is valid, as built', () => {
    const pkg = dataPackage({ version: '0.1.0', created: '2026-11-27', sources: dataset.sources });
    const ok = validate(pkg);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('would catch the mistakes frictionless reported: a bare date as "created"', () => {
    const pkg = { ...dataPackage({ version: '0.1.0', created: '2026-11-27', sources: dataset.sources }), created: '2026-11-27' };
    expect(validate(pkg)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/created');
  });
});
