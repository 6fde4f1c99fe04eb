// Context scoring: supporting words near a match raise confidence, counter-words lower it.
// Windows follow Purview (300 characters) for support; counter-words count only when they are
// close (a label such as "OCR:" or "Dnr" right before the number) and nearer than any support.
import type { Interpretation } from './candidate.js';
import type { ContextIndex } from './context-index.js';
import { CATEGORY_SLOT0, contextSlot } from './lexicon.js';
import { CATEGORY_TYPES, type CategoryType, type Confidence, TYPE_ID } from './types.js';

export const SUPPORT_BEFORE = 300;
export const SUPPORT_AFTER = 100;
export const LABEL_DISTANCE = 60;
/** A bare number needs its label right before it: "Plusgiro: 4789996", "pass nr 12345678". */
const BARE_LABEL_DISTANCE = 25;
const ICD_BEFORE = 80;
const ICD_AFTER = 40;
/**
 * How far after a candidate's end scoreInterpretation looks for context words (the largest "after"
 * window above): once every word starting before end + this is indexed, the score is final.
 */
export const CANDIDATE_LOOKAHEAD = Math.max(SUPPORT_AFTER, ICD_AFTER, 30);

const S = {
  PNR: contextSlot('PNR'),
  COUNTER: contextSlot('ID_COUNTER'),
  ORGNR: contextSlot('ORGNR'),
  BANKGIRO: contextSlot('BANKGIRO'),
  PLUSGIRO: contextSlot('PLUSGIRO'),
  CARD: contextSlot('CARD'),
  PHONE: contextSlot('PHONE'),
  PASSPORT: contextSlot('PASSPORT'),
  LICENCE: contextSlot('LICENCE'),
  MEDICAL: contextSlot('MEDICAL'),
};
const HEALTH_SLOT = CATEGORY_SLOT0 + CATEGORY_TYPES.indexOf('HEALTH');

// Types as indexes (a register scores a number every ~50 bytes: a switch on numbers, not names).
const T = TYPE_ID;

// Scores are whole hundredths (0–100) inside the engine: small integers that V8 keeps unboxed (a
// fraction returned from a function is a new heap number, one per scored number in a register).
// Findings carry score / 100.

/** The confidence's rank (CONFIDENCE_ORDER): high ≥ 80, medium ≥ 50, else low. */
export const rankOf = (score: number): number => (score >= 80 ? 2 : score >= 50 ? 1 : 0);

const BY_RANK: readonly Confidence[] = ['low', 'medium', 'high'];
export const toConfidence = (score: number): Confidence => BY_RANK[rankOf(score)]!;

const clamp = (x: number) => Math.max(0, Math.min(100, x));

/** A close label of the counter kind, nearer than the closest supporting word (`support`: its distance before). */
function counterLabel(ctx: ContextIndex, start: number, support: number): boolean {
  const d = ctx.distanceBefore(S.COUNTER, start);
  return d <= LABEL_DISTANCE && d < support;
}

/**
 * Score needing a context word: near label → high, in window → medium, else the base. A bare digit
 * string (no giro hyphen) is so common that only a near label counts.
 */
function contextRequired(ctx: ContextIndex, slot: number, start: number, end: number, base: number, bare: boolean): number {
  const d = ctx.distanceBefore(slot, start);
  if (bare) return d <= BARE_LABEL_DISTANCE ? 85 : base;
  if (d <= LABEL_DISTANCE) return 85;
  if (d <= SUPPORT_BEFORE || ctx.distanceAfter(slot, end) <= 30) return 60;
  return base;
}

/** A candidate's reading, in hundredths. */
export function scoreInterpretation(alt: Interpretation, start: number, end: number, ctx: ContextIndex): number {
  return scoreReading(TYPE_ID[alt.type], Math.round(alt.base * 100), start, end, ctx, alt.type === 'HEALTH' ? alt.value : '');
}

/**
 * A reading's score in hundredths from its type (index in DETECTION_TYPES) and base score
 * (hundredths); `value` matters only to an ICD-10 code (HEALTH).
 */
export function scoreReading(type: number, base: number, start: number, end: number, ctx: ContextIndex, value = ''): number {
  let s = base;
  switch (type) {
    case T.SE_PERSONNUMMER:
    case T.SE_SAMORDNINGSNUMMER: {
      // Each distance looked up once: a register scores a number every ~50 bytes.
      const pnr = ctx.distanceBefore(S.PNR, start);
      if (pnr <= SUPPORT_BEFORE || ctx.distanceAfter(S.PNR, end) <= SUPPORT_AFTER) s += 25;
      if (counterLabel(ctx, start, pnr)) s -= 35;
      const org = ctx.distanceBefore(S.ORGNR, start);
      if (org <= 30 && org < pnr) s -= 10;
      return clamp(s);
    }
    case T.SE_DRIVING_LICENCE:
      return ctx.distanceBefore(S.LICENCE, start) <= LABEL_DISTANCE ? 90 : 0;
    case T.SE_ORGANISATIONSNUMMER: {
      const org = ctx.distanceBefore(S.ORGNR, start);
      if (org <= SUPPORT_BEFORE || ctx.distanceAfter(S.ORGNR, end) <= SUPPORT_AFTER) s += 25;
      if (org <= BARE_LABEL_DISTANCE) s += 15;
      if (counterLabel(ctx, start, org)) s -= 35;
      return clamp(s);
    }
    case T.SE_BANKGIRO:
      return contextRequired(ctx, S.BANKGIRO, start, end, s, s === 0);
    case T.SE_PLUSGIRO:
      return contextRequired(ctx, S.PLUSGIRO, start, end, s, s === 0) - 1; // bankgiro wins a tie
    case T.SE_PASSPORT:
      return contextRequired(ctx, S.PASSPORT, start, end, 0, true) - 2;
    case T.PAYMENT_CARD: {
      const card = ctx.distanceBefore(S.CARD, start);
      if (card <= SUPPORT_BEFORE || ctx.distanceAfter(S.CARD, end) <= SUPPORT_AFTER) s += 25;
      if (counterLabel(ctx, start, card)) s -= 35;
      return clamp(s);
    }
    case T.SE_PHONE: {
      const phone = ctx.distanceBefore(S.PHONE, start);
      if (phone <= LABEL_DISTANCE) s += 20;
      const pnr = ctx.distanceBefore(S.PNR, start);
      if (pnr <= 30 && pnr < phone) s -= 30;
      return clamp(s);
    }
    case T.HEALTH:
      // ICD-10 codes count only in a medical context, and close to it: "E45" is also a road.
      // A code without its decimal ("F32") needs the medical word in the same phrase.
      {
        const before = value.includes('.') ? ICD_BEFORE : ICD_BEFORE / 2;
        if (ctx.near(S.MEDICAL, start, end, before, ICD_AFTER) || ctx.near(HEALTH_SLOT, start, end, before, ICD_AFTER)) s = 85;
      }
      return clamp(s);
    default:
      return clamp(s);
  }
}

/** A dictionary term: strong terms stand alone (medium), a second term of the family nearby lifts. */
export function scoreTerm(slot: number, strong: boolean, start: number, end: number, ctx: ContextIndex): number {
  const others = ctx.countIn(slot, start - SUPPORT_BEFORE, end + SUPPORT_BEFORE) - 1;
  const category = CATEGORY_TYPES[slot - CATEGORY_SLOT0] as CategoryType;
  const medical = category === 'HEALTH' && ctx.near(S.MEDICAL, start, end, SUPPORT_BEFORE, SUPPORT_BEFORE) ? 1 : 0;
  const support = others + medical;
  if (strong) return support > 0 ? 85 : 70;
  return support > 0 ? 55 : 30;
}
