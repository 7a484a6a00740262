// Piscina's worker entry for OpsTrack's TypeScript task modules: a worker thread does not inherit
// tsx when the main thread registered it programmatically (bin/opstrack.js), so it registers it
// here, then hands Piscina the task module's default export.
import { workerData } from 'piscina';

if (workerData.tsx) (await import('tsx/esm/api')).register();
const task = await import(workerData.entry);
export default task.default;
