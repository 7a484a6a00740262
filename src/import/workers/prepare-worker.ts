/** Worker-thread task of the import pipeline (run by WorkerPool): parses, validates and derives the rows of one span (prepare-span.ts). */
import { taskHandler } from '../../ingest/workers/task-handler.ts';
import { prepareSpan } from '../prepare-span.ts';

export default taskHandler(prepareSpan);
