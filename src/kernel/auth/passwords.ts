// argon2id with the library's defaults (64 MiB, t=3, p=4): above OWASP's minimum for argon2id.
import argon2 from 'argon2';

export const MIN_PASSWORD_LENGTH = 12;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken`;
  if (password.length > 256) return 'Lösenordet är för långt';
  if (new Set(password).size < 5) return 'Lösenordet har för få olika tecken';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against a dummy hash when the user does not exist keeps timing the same.
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('infovakt-timing-equaliser');
  return dummy;
}
