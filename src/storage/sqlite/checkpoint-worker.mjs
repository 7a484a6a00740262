// The WAL checkpointer's thread (wal-checkpointer.ts): its own connection to the store's file, and
// a PASSIVE checkpoint each time the main thread asks for one. PASSIVE never waits for a lock and
// never blocks readers or the writer: it copies what the WAL holds back into the database file as far
// as readers allow. Plain JavaScript, so the thread starts without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  const started = performance.now();
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, busy: row.busy, log: row.log, checkpointed: row.checkpointed, ms: performance.now() - started });
  } catch (err) {
    parentPort.postMessage({ ok: false, message: String(err && err.message ? err.message : err), ms: performance.now() - started });
  }
});
