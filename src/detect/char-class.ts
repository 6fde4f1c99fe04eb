// Character classes and lower-casing for the single pass over the text. Tables cover Latin-1,
// which holds all Swedish letters; other code points are treated as separators.

export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const AT = 3;

export const CHAR_CLASS = new Uint8Array(256);
/** Lower-case code for letters (A–Z, À–Þ), identity otherwise. */
export const LOWER = new Uint16Array(256);

for (let c = 0; c < 256; c++) {
  LOWER[c] = c;
  const isAsciiUpper = c >= 65 && c <= 90;
  const isAsciiLower = c >= 97 && c <= 122;
  const isLatin1Upper = c >= 0xc0 && c <= 0xde && c !== 0xd7;
  const isLatin1Lower = c >= 0xdf && c <= 0xff && c !== 0xf7;
  if (isAsciiUpper || isAsciiLower || isLatin1Upper || isLatin1Lower) CHAR_CLASS[c] = LETTER;
  if (isAsciiUpper || isLatin1Upper) LOWER[c] = c + 32;
  if (c >= 48 && c <= 57) CHAR_CLASS[c] = DIGIT;
}
CHAR_CLASS[64] = AT;

export function isLetterCode(c: number): boolean {
  return c < 256 && CHAR_CLASS[c] === LETTER;
}
export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** A digit run's group separators, normalised: space (also no-break space), hyphen (also en dash and non-breaking hyphen), '+'. */
export const SEP_SPACE = 32;
export const SEP_HYPHEN = 45;
export const SEP_PLUS = 43;

/** The separator `c` stands for between a digit run's groups, or 0 if it ends the run. */
export function groupSeparator(c: number): number {
  if (c === 32 || c === 0xa0) return SEP_SPACE;
  if (c === 45 || c === 0x2013 || c === 0x2011) return SEP_HYPHEN;
  if (c === 43) return SEP_PLUS;
  return 0;
}
