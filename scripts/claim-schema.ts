/**
 * Writes src/claims/claim.schema.json, the claim's published JSON Schema, from the one claim
 * schema in src/model/claim.ts. Run after changing the claim: `node --import tsx scripts/claim-schema.ts`
 * (test/claims/claim-schema-file.test.ts fails while the file is out of step).
 */
import { writeFileSync } from 'node:fs';
import { claimJsonSchema } from '../src/model/claim.ts';

export const CLAIM_SCHEMA_FILE = new URL('../src/claims/claim.schema.json', import.meta.url);

export function claimSchemaText(): string {
  return `${JSON.stringify(claimJsonSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(CLAIM_SCHEMA_FILE, claimSchemaText());
  process.stderr.write('wrote src/claims/claim.schema.json\n');
}
