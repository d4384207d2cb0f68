import type { Actor } from '../domain/actor.js';
import type { Config } from '../config.js';
import type { Db } from '../storage/database.js';

/** What every service function is given: the database, who is acting, and the settings. */
export interface ServiceContext {
  db: Db;
  actor: Actor;
  config: Config;
}
