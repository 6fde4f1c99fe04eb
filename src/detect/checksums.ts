// Check-digit algorithms over digit strings ('0'..'9' only; callers strip separators).

/** Luhn (mod 10) over all digits; the last digit is the check digit. */
export function luhnValid(digits: string): boolean {
  return luhnDigits(Array.from(digits, (c) => c.charCodeAt(0) - 48), 0, digits.length);
}

/** A doubled digit's Luhn value (2d, minus 9 above 9): a lookup instead of a branch per digit. */
export const LUHN_DOUBLED = new Uint8Array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9]);

/** Luhn over digit values d[from..to); the last is the check digit. */
export function luhnDigits(d: ArrayLike<number>, from: number, to: number): boolean {
  let sum = 0;
  let i = to - 1;
  // From the check digit leftwards in pairs: (kept, doubled).
  for (; i > from; i -= 2) sum += d[i]! + LUHN_DOUBLED[d[i - 1]!]!;
  if (i === from) sum += d[i]!;
  return to > from && sum % 10 === 0;
}

/** ISO 7064 mod 97-10 over an IBAN (letters as 10..35), true when the remainder is 1. */
export function ibanMod97Valid(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}
