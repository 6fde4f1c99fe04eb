// Normalises GET /api/catalog/classification into one shape the UI can rely on, whatever small
// variations the server's answer has (aspects as list or record; consequence questions whose
// options come from the category criteria).
import { useClassificationCatalog } from './queries.ts';
import type { AspectId, Localized } from './types.ts';
import { aspects as aspectOrder, levelColors } from '../theme.ts';

export interface ScaleLevelInfo {
  value: number;
  code: string;
  name: Localized;
  meaning: Localized;
  color: string;
  textColor: string;
}

export interface OptionInfo {
  id: string;
  level: number;
  text: Localized;
  help?: Localized;
}

export interface QuestionInfo {
  id: string;
  aspect: AspectId;
  kind: string;
  text: Localized;
  help?: Localized;
  legalBasis?: Localized;
  categoryName?: Localized;
  options: OptionInfo[];
}

export interface AspectInfo {
  id: AspectId;
  name: Localized;
  description?: Localized;
  question?: Localized;
  questions: QuestionInfo[];
}

export interface NormalizedCatalog {
  version: string;
  levels: ScaleLevelInfo[];
  aspects: AspectInfo[];
}

type Loose = Record<string, unknown>;
const arr = (v: unknown): Loose[] => (Array.isArray(v) ? (v as Loose[]) : v && typeof v === 'object' ? Object.values(v as Loose) as Loose[] : []);
const loc = (v: unknown): Localized | undefined => (v == null ? undefined : (v as Localized));

function normalizeLevel(raw: Loose, i: number): ScaleLevelInfo {
  const value = Number(raw.value ?? raw.level ?? i);
  const fallback = levelColors[value] ?? levelColors[0]!;
  return {
    value,
    code: String(raw.code ?? value),
    name: loc(raw.name) ?? String(value),
    meaning: loc(raw.meaning ?? raw.description) ?? '',
    color: String(raw.color ?? fallback.bg),
    textColor: String(raw.textColor ?? fallback.fg),
  };
}

function normalizeOptions(q: Loose, categories: Loose[]): OptionInfo[] {
  const own = arr(q.options);
  if (own.length > 0)
    return own.map((o) => ({
      id: String(o.id ?? o.optionId ?? o.level),
      level: Number(o.level ?? 0),
      text: loc(o.text ?? o.label ?? o.name) ?? '',
      help: loc(o.help),
    }));
  const cat = categories.find((c) => c.id === q.category);
  return arr(cat?.criteria).map((c) => ({
    id: String(c.id ?? c.optionId ?? `level-${c.level}`),
    level: Number(c.level ?? 0),
    text: loc(c.text) ?? '',
  }));
}

export function normalizeCatalog(raw: unknown): NormalizedCatalog {
  const r = (raw ?? {}) as Loose;
  const scale = (r.scale ?? {}) as Loose;
  const levels = arr(Array.isArray(scale) ? scale : scale.levels).map(normalizeLevel);
  const categories = arr(r.categories ?? (r.questionnaire as Loose | undefined)?.categories);
  const flatQuestions = arr(r.questions ?? (r.questionnaire as Loose | undefined)?.questions);
  const rawAspects = arr(r.aspects ?? scale.aspects);
  const aspects: AspectInfo[] = aspectOrder.map((id) => {
    const a = rawAspects.find((x) => x.id === id) ?? { id };
    const qs = arr(a.questions).length > 0 ? arr(a.questions) : flatQuestions.filter((q) => q.aspect === id);
    return {
      id,
      name: loc(a.name) ?? id,
      description: loc(a.description),
      question: loc(a.question),
      questions: qs.map((q) => ({
        id: String(q.id),
        aspect: id,
        kind: String(q.kind ?? 'consequence'),
        text: loc(q.text) ?? '',
        help: loc(q.help),
        legalBasis: loc(q.legalBasis),
        categoryName: loc(categories.find((c) => c.id === q.category)?.name ?? (q.categoryName as Localized | undefined)),
        options: normalizeOptions(q, categories),
      })),
    };
  });
  return {
    version: String(r.version ?? (r.questionnaire as Loose | undefined)?.version ?? scale.version ?? ''),
    levels: levels.length > 0 ? levels : levelColors.map((c, i) => normalizeLevel({ value: i, color: c.bg, textColor: c.fg }, i)),
    aspects,
  };
}

// Every level badge asks for the catalogue: normalise each loaded answer once, not per badge.
const normalized = new WeakMap<object, NormalizedCatalog>();
function normalizedOnce(raw: object): NormalizedCatalog {
  let n = normalized.get(raw);
  if (!n) normalized.set(raw, (n = normalizeCatalog(raw)));
  return n;
}

export function useCatalog() {
  const q = useClassificationCatalog();
  return { ...q, catalog: q.data ? normalizedOnce(q.data) : undefined };
}

/** Colours of a level, from the loaded scale when there is one. */
export function useLevelColors(): (level: number) => { bg: string; fg: string } {
  const { catalog } = useCatalog();
  return (level) => {
    const l = catalog?.levels.find((x) => x.value === level);
    if (l) return { bg: l.color, fg: l.textColor };
    return levelColors[level] ?? levelColors[0]!;
  };
}
