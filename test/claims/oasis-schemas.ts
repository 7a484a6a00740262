/**
 * The OASIS STIX 2.1 JSON schemas (read from ../shared, never copied) loaded into one ajv
 * (draft 2020-12) so their relative $refs resolve, plus OpsTrack's claim schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { sharedPath } from '../helpers/shared.ts';

// CommonJS default export seen through ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => Ajv2020;

export const OASIS_BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';

let ajv: Ajv2020 | undefined;

export function oasisAjv(): Ajv2020 {
  if (ajv) return ajv;
  // unicodeRegExp off: the OASIS patterns use escapes (`\-`) only legal in non-unicode RegExps.
  const a = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(a);
  const root = sharedPath('reference', 'stix2-json-schemas', 'schemas');
  for (const dir of readdirSync(root)) {
    for (const file of readdirSync(join(root, dir))) {
      if (file.endsWith('.json')) a.addSchema(JSON.parse(readFileSync(join(root, dir, file), 'utf8')));
    }
  }
  a.addSchema(JSON.parse(readFileSync(new URL('../../src/claims/claim.schema.json', import.meta.url), 'utf8')));
  ajv = a;
  return a;
}

/** Errors of `value` against the OASIS schema at `relPath` (e.g. 'sdos/opinion.json'), or [] when valid. */
export function oasisErrors(relPath: string, value: unknown): string[] {
  const validate = oasisAjv().getSchema(`${OASIS_BASE}/${relPath}`);
  if (!validate) throw new Error(`no OASIS schema ${relPath}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}

export const CLAIM_SCHEMA_ID = 'https://raw.githubusercontent.com/opstrack/opstrack/main/src/claims/claim.schema.json';

export function claimSchemaErrors(value: unknown): string[] {
  const validate = oasisAjv().getSchema(CLAIM_SCHEMA_ID);
  if (!validate) throw new Error('claim schema not loaded');
  return validate(value) ? [] : (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`);
}
