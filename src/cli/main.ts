// The infovakt command line: one file per command, registered here.
import { Command } from 'commander';
import { registerAuditCommands } from './audit.js';
import { registerDemoCommand } from './demo.js';
import { registerMigrateCommand } from './migrate.js';
import { registerReportCommand } from './report.js';
import { registerScanCommand } from './scan.js';
import { registerServeCommand } from './serve.js';
import { registerTokenCommands } from './token.js';
import { registerTransferCommands } from './transfer.js';
import { registerUserCommands } from './users.js';

const program = new Command()
  .name('infovakt')
  .description('Informationsklassning, placeringsbeslut och upptäckt av känslig information för kommuner')
  .version('0.1.0');

registerServeCommand(program);
registerMigrateCommand(program);
registerDemoCommand(program);
registerTokenCommands(program);
registerAuditCommands(program);
registerTransferCommands(program);
registerScanCommand(program);
registerUserCommands(program);
registerReportCommand(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(`infovakt: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
