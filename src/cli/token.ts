import type { Command } from 'commander';
import { isRole, rolesCatalog } from '../kernel/auth/policy.js';
import { createToken } from '../kernel/auth/tokens.js';
import { withDatabase } from './with-db.js';

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('API tokens for automation');
  token
    .command('create')
    .description('Create an API token and print it once')
    .requiredOption('--name <name>', 'what the token is for')
    .requiredOption('--role <role>', `one of: ${Object.keys(rolesCatalog().roles).join(', ')}`)
    .option('--department <code...>', 'limit the token to these department codes')
    .option('--expires-days <n>', 'days until the token expires', '90')
    .action(async (o: { name: string; role: string; department?: string[]; expiresDays: string }) => {
      if (!isRole(o.role)) throw new Error(`unknown role ${o.role}`);
      await withDatabase(async (db) => {
        let departmentIds: string[] | null = null;
        if (o.department) {
          const { rows } = await db.pool.query<{ id: string; code: string }>('SELECT id, code FROM departments WHERE code = ANY($1)', [o.department]);
          const missing = o.department.filter((c) => !rows.some((r) => r.code === c));
          if (missing.length) throw new Error(`unknown department code(s): ${missing.join(', ')}`);
          departmentIds = rows.map((r) => r.id);
        }
        const { token: secret } = await createToken(db.pool, { name: o.name, role: o.role, departmentIds, expiresInDays: Number(o.expiresDays) });
        console.log(secret);
      });
    });
}
