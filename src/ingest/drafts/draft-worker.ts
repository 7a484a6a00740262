/** Worker-thread entry of the draft service: builds drafts (build-draft.ts) off the event loop. */
import { serveTasks } from '../workers/serve-tasks.ts';
import { buildDraft, type BuildDraftInput, type BuiltDraft } from './build-draft.ts';

serveTasks<BuildDraftInput, BuiltDraft>(buildDraft);
