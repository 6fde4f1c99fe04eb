// argon2id with the library's defaults (64 MiB, t=3, p=4): above OWASP's minimum for argon2id.
import argon2 from 'argon2';

export const MIN_PASSWORD_LENGTH = 12;

// Length beats composition rules (NIST SP 800-63B): a long passphrase, not the obvious ones.
const COMMON = ['lösenord', 'losenord', 'password', 'qwerty', 'sommar', 'vinter', 'hösten', 'varen', 'kommun', 'infovakt', 'välkommen', 'valkommen', '123456', 'abc123', 'admin'];

/** Why a password is not acceptable, in Swedish; null when it is. */
export function passwordProblem(password: string, context: { username?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken`;
  if (password.length > 256) return 'Lösenordet är för långt';
  if (new Set(password).size < 5) return 'Lösenordet har för få olika tecken';
  const lower = password.toLowerCase();
  const user = context.username?.toLowerCase();
  if (user && user.length >= 3 && lower.includes(user)) return 'Lösenordet får inte innehålla användarnamnet';
  // A common word plus digits ("Sommar2026!!") is the first thing an attacker tries.
  const rest = COMMON.reduce((s, w) => s.replaceAll(w, ''), lower).replace(/[^\p{L}]/gu, '');
  if (rest.length < 4) return 'Lösenordet är för lätt att gissa: välj en lång fras';
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
