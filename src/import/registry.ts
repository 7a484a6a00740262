/**
 * Which importer reads a file. `opstrack import FILE` reads the first 64 KiB of the file and asks
 * each registered importer, in order, whether it recognises it; the STIX bundle importer is the
 * fallback for anything nobody claims.
 *
 * Plugging in another format (ATT&CK, MISP events and galaxies, ...): write `src/import/<name>-importer.ts`
 * exporting a `FileImporter` (types.ts), and add it to `IMPORTERS` below with one import line and one entry,
 * placed before the more general formats it refines (an ATT&CK bundle is also a STIX bundle).
 * `detect` must be cheap and decide from the head alone; `run` must leave the store unchanged when
 * the input is malformed, and should feed STIX objects through `importEntries` (bundle-importer.ts)
 * so validation, batching and counts match. `opstrack import --format NAME` skips detection.
 * @module
 */
import { Errors } from '../errors.ts';
import { importBundleFile } from './bundle-importer.ts';
import { readHead } from './bundle-reader.ts';
import { attackImporter } from './attack-importer.ts';
import { mispEventImporter } from './misp-event-importer.ts';
import { mispGalaxyImporter } from './misp-galaxy-importer.ts';
import type { FileImporter } from './types.ts';

export const stixBundleImporter: FileImporter = {
  name: 'stix-bundle',
  detect: (head) => /^\uFEFF?\s*[[{]/.test(head),
  run: importBundleFile,
};

/** Specific formats first; the STIX bundle importer is last and also the fallback. */
export const IMPORTERS: FileImporter[] = [attackImporter, mispEventImporter, mispGalaxyImporter, stixBundleImporter];

/** The importer for a file: the named one, else the first that recognises it, else STIX bundle. */
export async function detectImporter(path: string, format?: string): Promise<FileImporter> {
  if (format) {
    const named = IMPORTERS.find((i) => i.name === format);
    if (!named) throw new Errors.INPUT_INVALID(`unknown format "${format}" (known: ${IMPORTERS.map((i) => i.name).join(', ')})`);
    return named;
  }
  const head = await readHead(path);
  return IMPORTERS.find((i) => i.detect(head, path)) ?? stixBundleImporter;
}
