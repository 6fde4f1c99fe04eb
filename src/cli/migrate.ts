import type { Command } from 'commander';
import { migrate } from '../kernel/db/migrate.js';
import { withDatabase } from './with-db.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply database migrations (also done on every start)')
    .action(() =>
      withDatabase(async (db) => {
        const applied = await migrate(db.pool);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      }),
    );
}
