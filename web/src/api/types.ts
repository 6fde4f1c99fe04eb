// Types of the API contract. The map types come from the shared model (types only);
// the rest mirror docs/API.md until their server-side models exist.
import type {
  AspectId,
  Asset,
  Classification,
  ClassificationInput,
  Department,
  LegalCategories,
  Levels,
  OslRef,
  SecurityClass,
} from '../../../src/map/model.ts';

export type { AspectId, Asset, Classification, ClassificationInput, Department, LegalCategories, Levels, OslRef, SecurityClass };

export type AssetSummary = Omit<Asset, 'classification'>;
export type Localized = { sv: string; en: string } | string;

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: string;
  departmentIds: string[] | null;
  permissions: string[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Dashboard {
  departments: number;
  assets: number;
  classified: number;
  approved: number;
  overdue: number;
  unclassified: number;
  distribution: Record<AspectId, number[]>;
  byDepartment: { id: string; code: string; name: string; assets: number; classified: number; approved: number; maxK: number | null }[];
}

export interface ScaleLevel {
  level: number;
  name: Localized;
  description?: Localized;
}

export interface QuestionOption {
  id: string;
  label: Localized;
  level: number;
  description?: Localized;
}

export interface Question {
  id: string;
  text: Localized;
  help?: Localized;
  options: QuestionOption[];
}

export interface AspectCatalog {
  id: AspectId;
  name: Localized;
  description?: Localized;
  questions: Question[];
}

export interface ClassificationCatalog {
  version?: string;
  scale: { levels: ScaleLevel[] } | ScaleLevel[];
  aspects: AspectCatalog[] | Record<string, AspectCatalog>;
}

export interface LegalCatalogItem {
  id?: string;
  ref?: string;
  harmTest?: string;
  label?: Localized;
  name?: Localized;
}

export interface LegalCatalog {
  osl: LegalCatalogItem[];
  art9: LegalCatalogItem[];
  securityClasses: LegalCatalogItem[];
}

export interface Template {
  id: string;
  name: Localized;
  description?: Localized;
  functions?: string[];
  ownerRole?: Localized;
  levels: Levels;
  levelNote?: Localized;
  legal?: Partial<LegalCategories>;
  possibleOsl?: string[];
  personalDataCategories?: string[];
  retention?: Localized;
  verify?: boolean;
}

export type WorkshopStatus = 'open' | 'paused' | 'closed';
export type WorkshopDecision = 'accepted' | 'adjusted' | 'rejected' | 'added';

export interface Workshop {
  id: string;
  departmentId: string;
  departmentName?: string;
  departmentCode?: string;
  title: string;
  heldOn: string;
  participants: string[];
  status: WorkshopStatus;
  notes?: string | null;
  itemCount?: number;
  createdBy?: string;
  createdAt?: string;
}

export interface WorkshopItem {
  id: string;
  workshopId: string;
  templateId: string | null;
  decision: WorkshopDecision;
  assetId: string | null;
  assetName?: string | null;
  note?: string | null;
  decidedBy?: string;
  decidedAt?: string;
}

export interface WorkshopDetail {
  workshop: Workshop;
  suggestions: { template: Template; decision: null | { decision: WorkshopDecision; assetId: string | null; workshopId: string } }[];
  items: WorkshopItem[];
}

export interface HistoryChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  version: number;
  at: string;
  actor: string;
  action: string;
  changes: HistoryChange[];
}

export interface Diff {
  from: number;
  to: number;
  changes: HistoryChange[];
}

export interface ImportResult {
  departments: number;
  assetsCreated: number;
  assetsUpdated: number;
}

export interface RecordsPlanSheet {
  name: string;
  /** Excel row of the header row, or null when the sheet has none (an instructions sheet). */
  headerRow: number | null;
  headers: string[];
  rowCount: number;
  sample: string[][];
}

export interface RecordsPlanMapping {
  department: { bySheet: true } | { column: string };
  sheets?: string[];
  processCode?: string;
  process?: string;
  documentType: string;
  retention?: string;
  retentionPeriod?: string;
  notes?: string;
  storage?: string;
}

export interface RecordsPlanPreview {
  uploadId: string;
  sheets: RecordsPlanSheet[];
  suggestedMapping: RecordsPlanMapping | null;
}
