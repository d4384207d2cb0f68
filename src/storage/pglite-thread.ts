import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { createPgConfig, PglitePgConnection } from '@electric-sql/pglite/node-postgres';
import type { PGlite } from '@electric-sql/pglite';
import type { BackendMessage } from 'pg-protocol/dist/messages.js';
import { Parser } from 'pg-protocol/dist/parser.js';

type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { id: number; kind: 'result'; output: Uint8Array }
  | { id: number; kind: 'error'; message: string }
  | { id: number; kind: 'closed' };

/**
 * The part of the PGlite interface that PGlite's node-postgres adapter uses, served by a
 * PGlite instance living on a worker thread. Wire-protocol bytes go over; raw reply bytes
 * come back and are parsed here.
 */
export class PgliteThread {
  readonly waitReady: Promise<void>;
  readonly #worker: Worker;
  readonly #pending = new Map<number, (reply: WorkerReply) => void>();
  #nextId = 0;

  constructor(dataDir: string, templateFile?: string) {
    this.#worker = new Worker(new URL('./pglite-worker.js', import.meta.url), {
      workerData: { dataDir, templateFile },
    });
    this.waitReady = new Promise((resolve, reject) => {
      this.#worker.once('message', (reply: WorkerReply) =>
        reply.kind === 'ready'
          ? resolve()
          : reject(new Error(`PGlite 启动失败：${describe(reply)}`)),
      );
      this.#worker.once('error', reject);
    });
    this.#worker.on('message', (reply: WorkerReply) => {
      if (!('id' in reply)) return;
      this.#pending.get(reply.id)?.(reply);
      this.#pending.delete(reply.id);
    });
  }

  async execProtocolStream(bytes: Uint8Array): Promise<BackendMessage[]> {
    const reply = await this.#send({ kind: 'exec', bytes });
    if (reply.kind !== 'result') throw new Error(`PGlite 执行失败：${describe(reply)}`);
    const messages: BackendMessage[] = [];
    const { buffer, byteOffset, byteLength } = reply.output;
    new Parser().parse(Buffer.from(buffer, byteOffset, byteLength), (message) =>
      messages.push(message),
    );
    return messages;
  }

  async close(): Promise<void> {
    await this.#send({ kind: 'close' });
    await this.#worker.terminate();
  }

  #send(request: { kind: 'exec'; bytes: Uint8Array } | { kind: 'close' }): Promise<WorkerReply> {
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker.postMessage({ id, ...request });
    });
  }
}

function describe(reply: WorkerReply): string {
  return 'message' in reply ? reply.message : reply.kind;
}

/**
 * A pg.Pool over PGlite's own node-postgres adapter. Each client gets a fresh adapter
 * connection: the adapter's shared one is torn down when pg-pool discards a client
 * after an error, which would break every later client.
 */
export function createPglitePool(thread: PgliteThread | PGlite): pg.Pool {
  const pglite = thread as PGlite;
  class PgliteClient extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connection: new PglitePgConnection({ pglite }) } as pg.ClientConfig);
    }
  }
  return new pg.Pool({ ...createPgConfig(pglite), Client: PgliteClient });
}
