/**
 * Worker-thread task of the draft service (run by WorkerPool), off the event loop: building a draft
 * (build-draft.ts), or merging the LLM's claims into one (llm-draft.ts), in the same threads so the
 * knowledge resolver each keeps serves both.
 */
import { taskHandler } from '../workers/task-handler.ts';
import { buildDraft, type BuildDraftInput, type BuiltDraft } from './build-draft.ts';
import { mergeLlmDraft, type MergedLlmDraft, type MergeLlmInput } from './llm-draft.ts';

export type DraftTask = BuildDraftInput | MergeLlmInput;
export type DraftTaskResult = BuiltDraft | MergedLlmDraft;

export default taskHandler((task: DraftTask): Promise<DraftTaskResult> | DraftTaskResult =>
  'task' in task && task.task === 'merge-llm' ? mergeLlmDraft(task) : buildDraft(task as BuildDraftInput));
