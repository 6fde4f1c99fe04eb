// `infovakt user …`: local accounts from the command line (for the first administrators, or
// scripts), through the same audited store as the API.
import os from 'node:os';
import type { Command } from 'commander';
import { listUsers, createAccount } from '../access/users/store.js';
import { appendAudit } from '../kernel/audit/audit.js';
import { MfaPolicy, getMfaPolicy, setMfaPolicy } from '../kernel/auth/mfa-policy.js';
import { rolesCatalog } from '../kernel/auth/policy.js';
import { newSecret } from '../kernel/auth/secrets.js';
import { inTransaction } from '../kernel/db/database.js';
import { withDatabase } from './with-db.js';

const cliActor = () => ({ id: null, name: `cli:${os.userInfo().username}`, ip: null });

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('Local accounts');
  user
    .command('create')
    .description('Create a local account; prints a generated password once unless --password is given')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--role <role>', `one of: ${Object.keys(rolesCatalog().roles).join(', ')}`)
    .option('--department <code...>', 'department codes the role applies to (for department-scoped roles)')
    .option('--display-name <name>', 'the name shown in the product')
    .option('--password <password>', 'initial password (prefer the generated one: it does not end up in shell history)')
    .action(async (o: { username: string; role: string; department?: string[]; displayName?: string; password?: string }) => {
      await withDatabase(async (db) => {
        let departmentIds: string[] | null = null;
        if (o.department) {
          const { rows } = await db.pool.query<{ id: string; code: string }>('SELECT id, code FROM departments WHERE code = ANY($1)', [o.department]);
          const missing = o.department.filter((c) => !rows.some((r) => r.code === c));
          if (missing.length) throw new Error(`okänd förvaltningskod: ${missing.join(', ')}`);
          departmentIds = rows.map((r) => r.id);
        }
        const password = o.password ?? newSecret(18);
        const created = await inTransaction(db.pool, (tx) =>
          createAccount(tx, cliActor(), { username: o.username, displayName: o.displayName, role: o.role, departmentIds, password }),
        );
        console.log(`Kontot ${created.username} (${created.role}) skapades.`);
        if (!o.password) console.log(`Lösenord (visas bara nu): ${password}`);
      });
    });
  user
    .command('mfa-policy')
    .description('Show or set the roles that must use MFA (e.g. --require admin,security_officer, or none)')
    .option('--require <roles>', 'comma-separated roles, or "none"')
    .option('--grace-hours <n>', 'hours a new account may work before it must enrol')
    .action(async (o: { require?: string; graceHours?: string }) => {
      await withDatabase(async (db) => {
        const before = await getMfaPolicy(db.pool);
        if (o.require === undefined && o.graceHours === undefined) {
          console.log(JSON.stringify(before));
          return;
        }
        const parsed = MfaPolicy.safeParse({
          requiredRoles: o.require === undefined ? before.requiredRoles : o.require === 'none' ? [] : o.require.split(',').map((s) => s.trim()).filter(Boolean),
          graceHours: o.graceHours === undefined ? before.graceHours : Number(o.graceHours),
        });
        if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        await inTransaction(db.pool, async (tx) => {
          await setMfaPolicy(tx, parsed.data);
          await appendAudit(tx, cliActor(), { action: 'settings.mfa-policy', entityType: 'settings', entityId: 'mfa.policy', changes: { before, after: parsed.data } });
        });
        console.log(JSON.stringify(parsed.data));
      });
    });
  user
    .command('list')
    .description('List accounts')
    .action(() =>
      withDatabase(async (db) => {
        for (const u of await listUsers(db.pool, {})) {
          console.log([u.username, u.role, u.disabled ? 'inaktiverat' : 'aktivt', u.mfaEnabled ? 'MFA' : 'utan MFA', u.authSource].join('\t'));
        }
      }),
    );
}
