// Masked forms: enough to recognise the kind and tell findings apart in a list, never enough to
// re-identify. Personnummer keep the century and the last two digits (19XXXXXX-XX12, as DESIGN.md):
// birth date and serial are hidden; the last two digits alone (one of them a check digit) identify no one.
import type { Interpretation } from './candidate.js';

const x = (n: number) => 'X'.repeat(Math.max(0, n));

export function maskValue(alt: Interpretation, categoryLabel?: string): string {
  const v = alt.value;
  switch (alt.type) {
    case 'SE_PERSONNUMMER':
    case 'SE_SAMORDNINGSNUMMER':
    case 'SE_DRIVING_LICENCE':
      return `${v.slice(0, 2)}XXXXXX-XX${v.slice(10)}`;
    case 'SE_ORGANISATIONSNUMMER':
      // Organisationsnummer of legal persons are public; still masked alike for one rule everywhere.
      return `${v.slice(0, 2)}XXXX-XX${v.slice(8)}`;
    case 'SE_BANKGIRO':
    case 'SE_PLUSGIRO':
    case 'SE_PASSPORT':
      return x(v.length - 2) + v.slice(-2);
    case 'PAYMENT_CARD':
      return x(v.length - 4) + v.slice(-4);
    case 'IBAN':
      return `${v.slice(0, 2)}${x(v.length - 6)}${v.slice(-4)}`;
    case 'SE_PHONE':
      return `+46${x(v.length - 5)}${v.slice(-2)}`;
    case 'EMAIL': {
      const at = v.indexOf('@');
      return `${v[0]}***@${v.slice(at + 1)}`;
    }
    case 'SE_POSTAL_ADDRESS':
      return `${v[0]}XX XX`;
    case 'PERSON_NAME':
      return v
        .split(/[\s-]+/)
        .map((w) => `${w[0]}.`)
        .join(' ');
    default:
      if (alt.detail === 'icd') return `ICD-10 ${v[0]}XX`;
      return categoryLabel ?? alt.type;
  }
}
