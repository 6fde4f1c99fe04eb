// The infovakt command line: one file per command, registered here. Only the command being run is
// loaded (`infovakt scan` in a script does not wait for the web server, the database driver and the
// report writers to load); help and unknown commands load them all.
import { Command } from 'commander';

type Register = (program: Command) => void;

const COMMANDS: Record<string, () => Promise<Register>> = {
  serve: async () => (await import('./serve.js')).registerServeCommand,
  migrate: async () => (await import('./migrate.js')).registerMigrateCommand,
  demo: async () => (await import('./demo.js')).registerDemoCommand,
  token: async () => (await import('./token.js')).registerTokenCommands,
  audit: async () => (await import('./audit.js')).registerAuditCommands,
  export: async () => (await import('./transfer.js')).registerTransferCommands,
  import: async () => (await import('./transfer.js')).registerTransferCommands,
  scan: async () => (await import('./scan.js')).registerScanCommand,
  user: async () => (await import('./users.js')).registerUserCommands,
  report: async () => (await import('./report.js')).registerReportCommand,
};

const program = new Command()
  .name('infovakt')
  .description('Informationsklassning, placeringsbeslut och upptäckt av känslig information för kommuner')
  .version('0.1.0');

async function main(): Promise<void> {
  const named = COMMANDS[process.argv[2] ?? ''];
  const registers = new Set(await Promise.all(named ? [named()] : Object.values(COMMANDS).map((load) => load())));
  for (const register of registers) register(program);
  await program.parseAsync(process.argv);
}

main().catch((e: unknown) => {
  console.error(`infovakt: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
