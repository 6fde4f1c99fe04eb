// infovakt report: the decision basis (beslutsunderlag) from the command line, as the API makes it.
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { appendAudit } from '../kernel/audit/audit.js';
import { inTransaction } from '../kernel/db/database.js';
import { departmentByCode } from '../map/departments/store.js';
import { gatherReportData } from '../reports/data.js';
import { isReportFormat, renderReport } from '../reports/render.js';
import { withDatabase } from './with-db.js';

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('Write the decision basis (beslutsunderlag) for the municipality or one department')
    .option('--department <code>', 'department code, e.g. SOC (default: the whole municipality)')
    .option('--format <format>', 'pdf, docx or xlsx', 'pdf')
    .requiredOption('--out <file>', 'file to write')
    .option('--by <name>', 'who produced it, as printed on the title page')
    .action((o: { department?: string; format: string; out: string; by?: string }) =>
      withDatabase(async (db) => {
        if (!isReportFormat(o.format)) throw new Error('--format must be pdf, docx or xlsx');
        const actor = { id: null, name: `cli:${os.userInfo().username}` };
        const department = o.department ? await departmentByCode(db.pool, o.department.toUpperCase()) : null;
        if (o.department && !department) throw new Error(`no department with code ${o.department}`);
        const started = performance.now();
        const data = await gatherReportData(db.pool, { departmentId: department?.id ?? null, visible: null, producedBy: o.by ?? actor.name });
        const { bytes } = await renderReport(data, o.format);
        fs.writeFileSync(o.out, bytes);
        await inTransaction(db.pool, (tx) =>
          appendAudit(tx, actor, {
            action: 'report.export',
            ...(department ? { departmentId: department.id } : {}),
            changes: { report: 'decision-basis', format: o.format, department: department?.code ?? null, ruleSet: `${data.ruleSet.id} ${data.ruleSet.version}`, assets: data.summary.assets },
          }),
        );
        const ms = Math.round(performance.now() - started);
        console.error(`Wrote ${o.out} (${bytes.length} bytes, ${data.summary.assets} assets, ${data.summary.violations} violations) in ${ms} ms`);
      }),
    );
}
