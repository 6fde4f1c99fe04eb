// The contract of the accounts admin API: what an administrator sends and gets back.
import { z } from 'zod';
import { isRole } from '../../kernel/auth/policy.js';

const Role = z.string().refine(isRole, 'okänd roll');
const Username = z.string().trim().toLowerCase().min(2).max(100).regex(/^[a-z0-9._@-]+$/, 'bara a–z, 0–9 och . _ @ -');

export const UserCreate = z.object({
  username: Username,
  displayName: z.string().trim().max(200).optional(),
  role: Role,
  /** Departments for roles scoped to assigned departments; ignored (null) for all-department roles. */
  departmentIds: z.array(z.string().uuid()).max(500).nullable().default(null),
  password: z.string().min(1).max(256),
});

export const UserPatch = z.object({
  displayName: z.string().trim().min(1).max(200).optional(),
  role: Role.optional(),
  departmentIds: z.array(z.string().uuid()).max(500).nullable().optional(),
  disabled: z.boolean().optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

export const PasswordReset = z.object({ password: z.string().min(1).max(256) });

export const UserQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.string().max(50).optional(),
  disabled: z.enum(['true', 'false']).optional(),
});

export type { UserView } from '../views.js';
