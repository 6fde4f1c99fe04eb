// Per-document verdict from its findings. A category mention without an identifiable person is not
// personal data (DOMAIN.md §5): sensitivity needs a person (identity number or name) as well.
import {
  CONFIDENCE_ORDER,
  type CategoryType,
  type DetectionType,
  type DocumentVerdict,
  type Finding,
  type Sensitivity,
} from './types.js';

export interface AssessOptions {
  /** The document is known to come from HR (personnel): OSL 39 instead of 25/26 for health. */
  hr?: boolean;
  /** Identity numbers from which a document counts as a register (aggregation raises K). Default 50. */
  registerThreshold?: number;
}

const IDENTITY_NUMBERS: DetectionType[] = ['SE_PERSONNUMMER', 'SE_SAMORDNINGSNUMMER', 'SE_PASSPORT', 'SE_DRIVING_LICENCE'];
const CONTACT: DetectionType[] = ['EMAIL', 'SE_PHONE', 'PAYMENT_CARD'];
const SPECIAL: CategoryType[] = ['HEALTH', 'TRADE_UNION', 'ETHNICITY', 'RELIGION', 'SEXUAL_ORIENTATION', 'POLITICAL_OPINION', 'CRIMINAL_OFFENCE', 'SOCIAL_SERVICES'];

export function assessDocument(findings: readonly Finding[], options: AssessOptions = {}): DocumentVerdict {
  const counts: Partial<Record<DetectionType, number>> = {};
  for (const f of findings) {
    if (CONFIDENCE_ORDER[f.confidence] < CONFIDENCE_ORDER.medium) continue;
    counts[f.type] = (counts[f.type] ?? 0) + 1;
  }
  const has = (t: DetectionType) => (counts[t] ?? 0) > 0;
  const identityCount = IDENTITY_NUMBERS.reduce((s, t) => s + (counts[t] ?? 0), 0);
  const identified = identityCount > 0 || has('PERSON_NAME');
  const contact = CONTACT.some(has);
  const reasons: string[] = [];
  const osl = new Set<string>();
  let sensitivity: Sensitivity = 'none';
  let k = 0;
  const raise = (s: Sensitivity, level: number, reason: string) => {
    const order: Sensitivity[] = ['none', 'personal', 'sensitive', 'secret'];
    if (order.indexOf(s) > order.indexOf(sensitivity)) sensitivity = s;
    k = Math.max(k, level);
    reasons.push(reason);
  };

  if (identified || contact) raise('personal', 1, identityCount > 0 ? 'identity number' : identified ? 'person name' : 'contact details');
  if (identified) {
    if (has('PROTECTED_IDENTITY')) {
      raise('secret', 4, 'protected identity with an identified person');
      osl.add('21:3');
    }
    if (has('SOCIAL_SERVICES')) {
      raise('secret', 3, 'social-services data about an identified person');
      osl.add('26:1');
    }
    if (has('HEALTH')) {
      raise(options.hr ? 'sensitive' : 'secret', 3, 'health data about an identified person');
      osl.add(options.hr ? '39:1' : '25:1');
    }
  }
  if (identified || contact) {
    for (const c of SPECIAL) {
      if (has(c)) raise('sensitive', c === 'CRIMINAL_OFFENCE' && identityCount > 0 ? 3 : 2, `${c.toLowerCase()} with personal data`);
    }
  }
  if (options.hr && sensitivity !== 'none') osl.add('39:3');
  if (identityCount >= (options.registerThreshold ?? 50) && k < 4) {
    k += 1;
    reasons.push(`register: ${identityCount} identity numbers (aggregation)`);
  }
  return { sensitivity, suggestedK: k as DocumentVerdict['suggestedK'], osl: [...osl].sort(), counts, reasons };
}
