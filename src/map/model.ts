// The contract of the information map: shared by API, UI, storage, import/export.
import { z } from 'zod';
import { templateFunctionIds } from '../classify/functions.js';

export const aspectIds = ['K', 'R', 'T', 'S'] as const;
export const AspectId = z.enum(aspectIds);
export type AspectId = z.infer<typeof AspectId>;

/** A consequence level on the default 0–4 scale (the scale itself is data; 0..4 is the widest range). */
export const Level = z.number().int().min(0).max(4);

export const Levels = z.object({ K: Level, R: Level, T: Level, S: Level });
export type Levels = z.infer<typeof Levels>;

export const HarmTest = z.enum(['omvant', 'rakt', 'absolut']);
export type HarmTest = z.infer<typeof HarmTest>;

export const OslRef = z.object({
  ref: z.string().regex(/^\d{1,2}:\d{1,2}( ?[a-z])?( st\. ?\d)?$/, 'OSL reference like 26:1, 21:3 a or 23:2 st. 1'),
  harmTest: HarmTest,
  note: z.string().max(500).optional(),
});
export type OslRef = z.infer<typeof OslRef>;

export const SecurityClass = z.enum(['none', 'begransat_hemlig', 'konfidentiell', 'hemlig', 'kvalificerat_hemlig']);
export type SecurityClass = z.infer<typeof SecurityClass>;

export const Art9Category = z.enum([
  'health',
  'trade_union',
  'ethnicity',
  'religion',
  'political_opinion',
  'sexual_life',
  'biometric',
  'genetic',
]);

export const LegalCategories = z.object({
  osl: z.array(OslRef).default([]),
  personalData: z.boolean().default(false),
  gdprArt9: z.array(Art9Category).default([]),
  gdprArt10: z.boolean().default(false),
  identityNumbers: z.boolean().default(false),
  protectedIdentity: z.boolean().default(false),
  securityClass: SecurityClass.default('none'),
  aggregated: z.boolean().default(false),
});
export type LegalCategories = z.infer<typeof LegalCategories>;

export const DepartmentKind = z.enum(['forvaltning', 'bolag', 'enhet']);

const departmentFields = {
  code: z.string().trim().min(1).max(20).regex(/^[A-ZÅÄÖ0-9_-]+$/, 'upper-case letters, digits, - and _'),
  name: z.string().trim().min(1).max(200),
  kind: DepartmentKind,
  /** Template tags that fit this department (e.g. "socialtjanst", "utbildning"): drives workshop suggestions. */
  functions: z.array(z.enum(templateFunctionIds, { error: 'okänd verksamhetsfunktion' })).max(30),
  description: z.string().max(2000).optional(),
};
export const DepartmentInput = z.object({
  ...departmentFields,
  kind: DepartmentKind.default('forvaltning'),
  functions: departmentFields.functions.default([]),
});
export type DepartmentInput = z.infer<typeof DepartmentInput>;
/** No defaults: a PATCH changes only what it sends. */
export const DepartmentPatch = z.object(departmentFields).partial();

export const Department = DepartmentInput.extend({
  id: z.string().uuid(),
  assetCount: z.number().int().optional(),
  classifiedCount: z.number().int().optional(),
});
export type Department = z.infer<typeof Department>;

export const AssetStatus = z.enum(['draft', 'active', 'archived']);
export const ClassificationState = z.enum(['unclassified', 'draft', 'approved']);

/** Asset fields without defaults: a PATCH must never reset a field the client did not send. */
const assetFields = {
  departmentId: z.string().uuid(),
  name: z.string().trim().min(1).max(300),
  description: z.string().max(5000),
  /** Process, e.g. a Klassa 2 process code and name: "2.3 Handlägga bygglov". */
  process: z.string().max(300),
  /** The owning role, never a person's name: "Socialchef". */
  ownerRole: z.string().max(200),
  purpose: z.string().max(2000),
  volume: z.string().max(500),
  retention: z.string().max(500),
  personalDataCategories: z.array(z.string().max(100)).max(50),
  legal: LegalCategories,
  status: AssetStatus,
  templateId: z.string().max(100).nullable(),
};

export const AssetInput = z.object({
  ...assetFields,
  description: assetFields.description.default(''),
  process: assetFields.process.default(''),
  ownerRole: assetFields.ownerRole.default(''),
  purpose: assetFields.purpose.default(''),
  volume: assetFields.volume.default(''),
  retention: assetFields.retention.default(''),
  personalDataCategories: assetFields.personalDataCategories.default([]),
  legal: LegalCategories.default(LegalCategories.parse({})),
  status: assetFields.status.default('draft'),
  templateId: assetFields.templateId.default(null),
});
export type AssetInput = z.infer<typeof AssetInput>;

export const AssetPatch = z
  // `legal` is replaced as a whole when sent.
  .object(assetFields)
  .partial()
  .extend({
    /** Optimistic concurrency: the version the client edited. */
    version: z.number().int().min(1),
  });
export type AssetPatch = z.infer<typeof AssetPatch>;

/** One answer in the questionnaire: the chosen option and the reason for it. */
export const Answer = z.object({
  optionId: z.string().max(100),
  reason: z.string().max(2000).default(''),
});
export const AspectAnswers = z.record(z.string().max(100), Answer);
export const Override = z.object({ level: Level, reason: z.string().trim().min(10, 'a written reason of at least 10 characters') });

export const ClassificationInput = z.object({
  answers: z.object({ K: AspectAnswers, R: AspectAnswers, T: AspectAnswers, S: AspectAnswers }).partial().default({}),
  overrides: z.object({ K: Override, R: Override, T: Override, S: Override }).partial().default({}),
  note: z.string().max(2000).default(''),
});
export type ClassificationInput = z.infer<typeof ClassificationInput>;

export const Classification = ClassificationInput.extend({
  id: z.string().uuid(),
  assetId: z.string().uuid(),
  version: z.number().int(),
  derived: Levels,
  levels: Levels,
  status: z.enum(['draft', 'approved', 'superseded']),
  modelVersion: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  reviewDue: z.string().nullable(),
});
export type Classification = z.infer<typeof Classification>;

export const Asset = AssetInput.extend({
  id: z.string().uuid(),
  ref: z.string(),
  departmentCode: z.string(),
  departmentName: z.string(),
  version: z.number().int(),
  levels: Levels.nullable(),
  classificationState: ClassificationState,
  reviewDue: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  classification: Classification.nullable().optional(),
});
export type Asset = z.infer<typeof Asset>;

/** The whole map as export/import moves it: plain data, stable order, no database ids. */
export const SnapshotAsset = AssetInput.omit({ departmentId: true }).extend({
  ref: z.string(),
  department: z.string(), // department code
  levels: Levels.nullable(),
  classificationState: ClassificationState,
  reviewDue: z.string().nullable(),
});
export const MapSnapshot = z.object({
  format: z.literal('infovakt-map'),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  departments: z.array(DepartmentInput),
  assets: z.array(SnapshotAsset),
});
export type MapSnapshot = z.infer<typeof MapSnapshot>;
export type SnapshotAsset = z.infer<typeof SnapshotAsset>;
