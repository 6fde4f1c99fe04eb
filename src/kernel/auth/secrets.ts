// Random secrets and the one-way form they are stored in (sessions and API tokens: sha256 is
// enough because the secrets themselves carry 256 bits of entropy).
import { createHash, randomBytes } from 'node:crypto';

export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
