// What every capability's routes get: the database pool and the configuration.
import type pg from 'pg';
import type { Config } from './config.js';

export interface AppContext {
  db: pg.Pool;
  config: Config;
}
