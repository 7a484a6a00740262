import type { Command } from 'commander';
import { register as registerImport } from './import.ts';
import { register as registerExport } from './export.ts';
import { register as registerServe } from './serve.ts';
import { register as registerOrg } from './org.ts';
import { register as registerUser } from './user.ts';
import { register as registerToken } from './token.ts';
import { register as registerExtract } from './extract.ts';
import { register as registerCollection } from './collection.ts';
import { register as registerResolve } from './resolve.ts';
import { register as registerKnowledge } from './knowledge.ts';
import { register as registerClaims } from './claims.ts';
import { register as registerDemo } from './demo.ts';
import { register as registerIngest } from './ingest.ts';
import { register as registerFeeds } from './feeds.ts';
import { register as registerBackup } from './backup.ts';
import { register as registerWorker } from './worker.ts';

/** Every CLI command; each module adds itself here with one line. */
export const commands: Array<(program: Command) => void> = [
  registerImport,
  registerExport,
  registerServe,
  registerOrg,
  registerUser,
  registerToken,
  registerExtract,
  registerCollection,
  registerResolve,
  registerKnowledge,
  registerClaims,
  registerDemo,
  registerIngest,
  registerFeeds,
  registerBackup,
  registerWorker,
];
