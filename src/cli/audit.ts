import type { Command } from 'commander';
import { verifyAudit } from '../kernel/audit/audit.js';
import { withDatabase } from './with-db.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit trail');
  audit
    .command('verify')
    .description('Check the whole hash chain; name the first broken entry')
    .action(() =>
      withDatabase(async (db) => {
        const r = await verifyAudit(db.pool);
        if (r.ok) {
          console.log(`Audit trail intact: ${r.entries} entries verified.`);
        } else {
          console.error(`Audit trail BROKEN at entry ${r.brokenAt?.seq}: ${r.brokenAt?.reason} (${r.entries} entries verified before it).`);
          process.exitCode = 2;
        }
      }),
    );
}
