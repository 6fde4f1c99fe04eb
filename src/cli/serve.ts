import type { Command } from 'commander';
import { createApp } from '../app.js';
import { seedDemoIfEmpty } from '../demo/seed.js';
import { ensureAdmin } from '../kernel/auth/accounts.js';
import { loadConfig } from '../kernel/config.js';
import { openDatabase } from '../kernel/db/database.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web server (and the embedded database unless DATABASE_URL is set)')
    .option('--no-demo', 'do not seed the demo municipality into an empty embedded database')
    .action(async (opts: { demo: boolean }) => {
      const config = loadConfig();
      const db = await openDatabase(config, { log: (m) => console.error(m) });
      const admin = await ensureAdmin(db.pool, config.adminPassword);
      if (admin.password) {
        console.log('\nAn administrator account was created. It is shown only this once:');
        console.log(`  username: admin\n  password: ${admin.password}\n`);
      }
      if (opts.demo && db.embedded) {
        const seeded = await seedDemoIfEmpty(db.pool);
        if (seeded) console.log(`Seeded the demo municipality Exempelkommun (${seeded.departments} departments, ${seeded.assets} assets).`);
      }
      const app = await createApp({ db: db.pool, config });
      const shutdown = async () => {
        await app.close();
        await db.close();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      const address = await app.listen({ port: config.port, host: config.host });
      console.log(`infovakt is running on ${address}`);
    });
}
