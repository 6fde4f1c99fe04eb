import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { inTransaction } from '../kernel/db/database.js';
import { appendAudit } from '../kernel/audit/audit.js';
import { exportSnapshot, importSnapshot } from '../map/snapshot-store.js';
import { snapshotToJson } from '../map/transfer/json.js';
import { parseMapFile } from '../map/transfer/parse-map-file.js';
import { snapshotToXlsx } from '../map/transfer/xlsx-export.js';
import { withDatabase } from './with-db.js';

const cliActor = () => ({ id: null, name: `cli:${os.userInfo().username}` });

export function registerTransferCommands(program: Command): void {
  program
    .command('export')
    .description('Export the whole information map')
    .option('--format <format>', 'json or xlsx', 'json')
    .requiredOption('--out <file>', 'file to write ("-" for standard output, json only)')
    .action((o: { format: string; out: string }) =>
      withDatabase(async (db) => {
        if (o.format !== 'json' && o.format !== 'xlsx') throw new Error('--format must be json or xlsx');
        const snap = await exportSnapshot(db.pool, null);
        const data = o.format === 'xlsx' ? await snapshotToXlsx(snap) : snapshotToJson(snap);
        if (o.out === '-') process.stdout.write(data);
        else fs.writeFileSync(o.out, data);
        await inTransaction(db.pool, (tx) => appendAudit(tx, cliActor(), { action: 'map.export', changes: { format: o.format, assets: snap.assets.length } }));
        if (o.out !== '-') console.error(`Exported ${snap.departments.length} departments and ${snap.assets.length} assets to ${o.out}`);
      }),
    );

  program
    .command('import <file>')
    .description('Import a map file (json or xlsx); all or nothing')
    .option('--mode <mode>', 'merge (update by code and ref) or replace (clear the map first)', 'merge')
    .action((file: string, o: { mode: string }) =>
      withDatabase(async (db) => {
        if (o.mode !== 'merge' && o.mode !== 'replace') throw new Error('--mode must be merge or replace');
        const parsed = await parseMapFile(file, fs.readFileSync(file));
        if (!parsed.ok) {
          console.error(`${file}: ${parsed.problems.length} problem(s); nothing was imported:`);
          for (const p of parsed.problems) {
            const where = [p.sheet && `blad ${p.sheet}`, p.row && `rad ${p.row}`, p.column && `kolumn ${p.column}`].filter(Boolean).join(', ');
            console.error(`  ${where ? `${where}: ` : ''}${p.message}`);
          }
          process.exitCode = 3;
          return;
        }
        const r = await inTransaction(db.pool, (tx) => importSnapshot(tx, cliActor(), parsed.snapshot, o.mode as 'merge' | 'replace'));
        console.log(`Imported ${r.departments} departments: ${r.assetsCreated} assets created, ${r.assetsUpdated} updated.`);
      }),
    );
}
