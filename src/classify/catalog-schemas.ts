// zod schemas of the catalogue files in catalog/classification, catalog/legal and catalog/templates.
// Each schema checks one file on its own; checks across files live in catalog-checks.ts.
import { z } from 'zod';
import { AspectId, HarmTest, Level, OslRef, SecurityClass, Art9Category, LegalCategories } from '../map/model.js';
import { templateFunctionIds } from './functions.js';

/** Every user-facing text: Swedish first, English beside it. */
export const Text = z.object({ sv: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type Text = z.infer<typeof Text>;

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id (a-z, 0-9, -)');
const version = z.string().regex(/^\d+\.\d+\.\d+$/, 'version like 1.0.0');
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour like #1a2b3c');

/** A minimum level per aspect implied by a legal category ("floor"); aspects left out have none. */
export const Floor = z.object({ K: Level, R: Level, T: Level, S: Level }).partial().strict();
export type Floor = z.infer<typeof Floor>;

// ---- classification/scale.json ---------------------------------------------------------------

export const ScaleLevel = z
  .object({
    value: Level,
    /** Short code used in tables and imports (F, M, B, A, SA). */
    code: z.string().min(1).max(4),
    name: Text,
    meaning: Text,
    /** Chart fill; `textColor` on top of it must reach 4.5:1 contrast (WCAG 2.1 AA). */
    color: hexColor,
    textColor: hexColor,
    /** KLASSA gives no measures at this level and asks for a separate analysis. */
    separateAnalysis: z.boolean().default(false),
  })
  .strict();

export const ScaleAspect = z.object({ id: AspectId, name: Text, description: Text, question: Text }).strict();

export const ScaleFile = z
  .object({
    id: kebabId,
    version,
    name: Text,
    levels: z.array(ScaleLevel).min(2),
    aspects: z.array(ScaleAspect).length(4),
  })
  .strict()
  .superRefine((scale, ctx) => {
    scale.levels.forEach((level, i) => {
      const previous = scale.levels[i - 1];
      if (previous && level.value <= previous.value)
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'value'], message: 'levels must be in strictly ascending order' });
    });
    const seen = new Set<string>();
    scale.aspects.forEach((aspect, i) => {
      if (seen.has(aspect.id)) ctx.addIssue({ code: 'custom', path: ['aspects', i, 'id'], message: `aspect ${aspect.id} appears twice` });
      seen.add(aspect.id);
    });
  });
export type Scale = z.infer<typeof ScaleFile>;
export type ScaleLevel = z.infer<typeof ScaleLevel>;

// ---- classification/questions.json ------------------------------------------------------------

export const consequenceCategoryIds = ['financial', 'operations', 'legal', 'trust', 'persons', 'society', 'environment'] as const;
export const ConsequenceCategoryId = z.enum(consequenceCategoryIds);
export type ConsequenceCategoryId = z.infer<typeof ConsequenceCategoryId>;

/** The municipality's consequence criteria for one category: what each level means there. */
export const ConsequenceCategory = z
  .object({
    id: ConsequenceCategoryId,
    name: Text,
    criteria: z.array(z.object({ level: Level, text: Text }).strict()).min(2),
  })
  .strict();

const questionBase = { id: kebabId, aspect: AspectId, text: Text, help: Text };

/** Options come from the category's criteria, so editing the criteria changes every question of it. */
export const ConsequenceQuestion = z.object({ ...questionBase, kind: z.literal('consequence'), category: ConsequenceCategoryId }).strict();

export const GateOption = z.object({ id: kebabId, level: Level, text: Text, help: Text.optional() }).strict();

/** A legal "gate": a yes/no (or class) question whose options set a minimum level. */
export const GateQuestion = z
  .object({ ...questionBase, kind: z.literal('gate'), legalBasis: Text, options: z.array(GateOption).min(2) })
  .strict();

export const QuestionsFile = z
  .object({
    version,
    scaleId: kebabId,
    name: Text,
    categories: z.array(ConsequenceCategory).min(1),
    questions: z.array(z.discriminatedUnion('kind', [ConsequenceQuestion, GateQuestion])).min(1),
  })
  .strict();
export type QuestionsFile = z.infer<typeof QuestionsFile>;

// ---- legal/osl.json, legal/gdpr.json, legal/security-classes.json -----------------------------

export const OslFile = z
  .object({
    version,
    law: Text,
    harmTests: z.array(z.object({ id: HarmTest, name: Text, description: Text, floor: Floor }).strict()).length(3),
    provisions: z
      .array(
        z
          .object({
            ref: OslRef.shape.ref,
            title: Text,
            harmTest: HarmTest,
            /** Overrides the harm test's floor where the provision is milder or stricter than its kind. */
            floor: Floor.optional(),
            note: Text.optional(),
            /** DOMAIN.md marks it "(verify)": the UI says so and the municipality confirms. */
            verify: z.boolean().default(false),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type OslFile = z.infer<typeof OslFile>;
export type OslProvision = OslFile['provisions'][number];

const LegalFlag = z.object({ name: Text, description: Text, floor: Floor, verify: z.boolean().default(false) }).strict();

export const GdprFile = z
  .object({
    version,
    personalData: LegalFlag,
    art9: z.array(z.object({ id: Art9Category, name: Text, description: Text, floor: Floor }).strict()),
    art10: LegalFlag,
    identityNumbers: LegalFlag,
    protectedIdentity: LegalFlag,
    aggregated: LegalFlag,
    /** Ids used by templates and assets in `personalDataCategories`. */
    personalDataCategories: z.array(z.object({ id: kebabId, name: Text }).strict()).min(1),
  })
  .strict();
export type GdprFile = z.infer<typeof GdprFile>;

export const SecurityClassesFile = z
  .object({
    version,
    law: Text,
    classes: z.array(
      z
        .object({
          id: SecurityClass,
          name: Text,
          description: Text,
          floor: Floor,
          /** Outsourcing needs a special assessment, a security agreement and consultation. */
          specialAssessment: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict();
export type SecurityClassesFile = z.infer<typeof SecurityClassesFile>;

// ---- templates/municipal.json ------------------------------------------------------------------

export const TemplateLegal = LegalCategories.extend({ osl: z.array(OslRef.strict()).default([]) }).strict();

export const Template = z
  .object({
    id: kebabId,
    name: Text,
    description: Text,
    functions: z.array(z.enum(templateFunctionIds)).min(1),
    ownerRole: Text,
    levels: z.object({ K: Level, R: Level, T: Level, S: Level }).strict(),
    /** Why a level is what it is: a range in the source, a raised floor, S as a suggestion. */
    levelNote: Text.optional(),
    legal: TemplateLegal,
    /** Provisions that apply to parts only (protected objects, secret annexes): no floor. */
    possibleOsl: z.array(OslRef.shape.ref).default([]),
    personalDataCategories: z.array(kebabId).default([]),
    retention: Text,
    verify: z.boolean().default(false),
  })
  .strict();
export type Template = z.infer<typeof Template>;

export const TemplatesFile = z
  .object({ version, name: Text, scaleId: kebabId, items: z.array(Template).min(1) })
  .strict();
export type TemplatesFile = z.infer<typeof TemplatesFile>;
