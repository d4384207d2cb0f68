import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { ResolvedSession } from '../modules/auth/auth.service.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { Db } from '../storage/database.js';

export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  blobStore: BlobStore;
  /** Folder of the built web app; null serves the API only. */
  webRoot: string | null;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    session: ResolvedSession | null;
    sessionToken: string | null;
  };
}
