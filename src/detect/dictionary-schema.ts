// The shape of the versioned dictionaries in catalog/detect/*.json, validated on load with zod.
import { z } from 'zod';
import { CATEGORY_TYPES } from './types.js';

/**
 * One term: words separated by single spaces; a word ending in '*' matches as a prefix (Swedish
 * inflections: "sjukskriv*" → sjukskrivning, sjukskriven); a leading '=' makes the term
 * case-sensitive ("=SoL" is the act, "sol" is the sun). Latin-1 letters only.
 */
export const Term = z
  .string()
  .regex(/^=?[A-Za-zÀ-ÖØ-öø-ÿ]+\*?( [A-Za-zÀ-ÖØ-öø-ÿ]+\*?){0,3}$/, 'term: 1–4 Latin-1 words, optional * suffix');

export const CategoryDictionary = z.object({
  id: z.string(),
  version: z.string(),
  type: z.enum(CATEGORY_TYPES),
  description: z.string(),
  /** Terms that on their own indicate the category (medium, high with a second term nearby). */
  strong: z.array(Term).min(1),
  /** Terms that indicate it only with support nearby (otherwise low). */
  weak: z.array(Term).default([]),
});
export type CategoryDictionary = z.infer<typeof CategoryDictionary>;

export const CONTEXT_CLASSES = [
  'PNR',
  'ID_COUNTER',
  'ORGNR',
  'BANKGIRO',
  'PLUSGIRO',
  'CARD',
  'PHONE',
  'PASSPORT',
  'LICENCE',
  'IBAN',
  'EMAIL',
  'HR',
  'MEDICAL',
] as const;
export type ContextClass = (typeof CONTEXT_CLASSES)[number];

export const ContextDictionary = z.object({
  id: z.string(),
  version: z.string(),
  description: z.string(),
  classes: z.record(z.enum(CONTEXT_CLASSES), z.array(Term)),
});
export type ContextDictionary = z.infer<typeof ContextDictionary>;

export const NameDictionary = z.object({
  id: z.string(),
  version: z.string(),
  description: z.string(),
  firstNames: z.array(z.string().regex(/^[A-ZÀ-Þ][a-zß-ÿ]+$/)).min(1),
});
export type NameDictionary = z.infer<typeof NameDictionary>;
