/** Worker-thread task of the draft service (run by WorkerPool): builds a draft (build-draft.ts) off the event loop. */
import { taskHandler } from '../workers/task-handler.ts';
import { buildDraft } from './build-draft.ts';

export default taskHandler(buildDraft);
