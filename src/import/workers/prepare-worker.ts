/** Worker-thread task of the import pipeline (run by WorkerPool): parses, validates and derives the rows of one span (prepare-span.ts), sent back by columns (span-transfer.ts). */
import { taskHandler } from '../../ingest/workers/task-handler.ts';
import { prepareSpan, type PrepareInput } from '../prepare-span.ts';
import { packSpan } from '../span-transfer.ts';

export default taskHandler((input: PrepareInput) => packSpan(prepareSpan(input)));
