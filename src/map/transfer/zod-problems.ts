// Zod issues → Swedish ImportProblems. The model's own messages are English; users read Swedish.
import type { z } from 'zod';

export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

const formatHints: Record<string, string> = {
  code: 'endast versaler A–Ö, siffror, - och _',
  ref: 'OSL-hänvisning som 26:1, 21:3 a eller 23:2 st. 1',
};

export function issueMessage(issue: z.core.$ZodIssue): string {
  const field = String(issue.path[issue.path.length - 1] ?? '');
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Värde saknas.' : `Fel typ: förväntade ${typeName(issue.expected)}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Får inte vara tom.' : `Minst ${issue.minimum} tecken.`;
      if (issue.origin === 'array') return `Minst ${issue.minimum} poster.`;
      return `Värdet måste vara minst ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Högst ${issue.maximum} tecken.`;
      if (issue.origin === 'array') return `Högst ${issue.maximum} poster.`;
      return `Värdet får vara högst ${issue.maximum}.`;
    case 'invalid_format':
      return `Felaktigt format${formatHints[field] ? `: ${formatHints[field]}` : ''}.`;
    case 'invalid_value':
      return `Ogiltigt värde: tillåtna är ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Okända fält: ${issue.keys.join(', ')}.`;
    default:
      return `Ogiltigt värde (${issue.message}).`;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'tal',
    int: 'heltal',
    boolean: 'sant/falskt',
    array: 'lista',
    object: 'objekt',
    null: 'null',
  };
  return names[expected] ?? expected;
}
