import { serve, type ServerType } from '@hono/node-server';
import type { Config } from '../config.js';
import { createApp } from '../http/app.js';
import { builtWebRoot, createLogger } from '../platform.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Database } from '../storage/database.js';

/** Listens until SIGINT/SIGTERM, then closes the server and the database (releasing its lock). */
export async function listen(
  database: Database,
  config: Config,
  blobStore: BlobStore,
): Promise<string> {
  const logger = createLogger(config);
  const app = createApp({ db: database.db, config, logger, blobStore, webRoot: builtWebRoot() });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(started),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shutdown = () => {
    logger.info('shutting down');
    server.close(() => void database.close().then(() => process.exit(0)));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const shownHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  return `http://${shownHost}:${port}`;
}
