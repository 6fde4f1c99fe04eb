import type { Command } from 'commander';
import { seedDemo, seedDemoIfEmpty } from '../demo/seed.js';
import { withDatabase } from './with-db.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Load the demo municipality Exempelkommun into an empty map')
    .option('--reset', 'clear the whole map first (accounts and the audit trail are kept)')
    .action((o: { reset?: boolean }) =>
      withDatabase(async (db) => {
        const r = o.reset ? await seedDemo(db.pool, { reset: true }) : await seedDemoIfEmpty(db.pool);
        console.log(r ? `Demo loaded: ${r.departments} departments, ${r.assets} assets.` : 'The map is not empty; use --reset to replace it with the demo.');
      }),
    );
}
