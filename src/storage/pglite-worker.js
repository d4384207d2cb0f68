// @ts-check
// Runs PGlite on its own thread so that a long query never blocks the HTTP event loop.
// Kept in plain JavaScript: Node starts worker files without a TypeScript loader.
import { Blob } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

if (!parentPort) throw new Error('pglite-worker.js must run as a worker thread');
const port = parentPort;

/** @type {PGlite} */
let pglite;
try {
  // A template (a dumped, migrated data folder) spares the ~10 s initdb of a fresh instance.
  const template = workerData.templateFile
    ? new Blob([await readFile(workerData.templateFile)])
    : undefined;
  const options = template
    ? { loadDataDir: /** @type {globalThis.Blob} */ (/** @type {unknown} */ (template)) }
    : {};
  pglite = await PGlite.create(workerData.dataDir, options);
  port.postMessage({ kind: 'ready' });
} catch (error) {
  port.postMessage({ kind: 'failed', message: String(error) });
  throw error;
}

port.on(
  'message',
  async (/** @type {{ id: number, kind: 'exec' | 'close', bytes?: Uint8Array }} */ request) => {
    try {
      if (request.kind === 'close') {
        await pglite.close();
        port.postMessage({ id: request.id, kind: 'closed' });
        return;
      }
      const output = await pglite.execProtocolRaw(/** @type {Uint8Array} */ (request.bytes));
      port.postMessage({ id: request.id, kind: 'result', output }, [
        /** @type {ArrayBuffer} */ (output.buffer),
      ]);
    } catch (error) {
      port.postMessage({ id: request.id, kind: 'error', message: String(error) });
    }
  },
);
