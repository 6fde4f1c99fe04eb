// Loads the versioned catalogue files, validates each by schema and all together by cross-checks,
// and caches the result per catalogue folder. A bad file fails with its name and the failing field.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { AspectId } from '../map/model.js';
import {
  GdprFile, OslFile, QuestionsFile, ScaleFile, SecurityClassesFile, TemplatesFile,
  type ConsequenceCategoryId, type Scale, type Template, type Text,
} from './catalog-schemas.js';
import { checkGdpr, checkOsl, checkQuestions, checkSecurityClasses, checkTemplates, type CheckIssue } from './catalog-checks.js';
import type { LegalCatalog } from './legal-floors.js';

export const defaultCatalogRoot = fileURLToPath(new URL('../../catalog/', import.meta.url));

/** The catalogue files, relative to the catalogue root. */
export const catalogFiles = {
  scale: 'classification/scale.json',
  questions: 'classification/questions.json',
  osl: 'legal/osl.json',
  gdpr: 'legal/gdpr.json',
  securityClasses: 'legal/security-classes.json',
  templates: 'templates/municipal.json',
} as const;

export interface QuestionOption {
  id: string;
  level: number;
  text: Text;
  help?: Text;
}

/** A question as the UI and deriveLevels see it: consequence questions carry their category's criteria as options. */
export interface Question {
  id: string;
  aspect: AspectId;
  kind: 'consequence' | 'gate';
  category?: ConsequenceCategoryId;
  text: Text;
  help: Text;
  legalBasis?: Text;
  options: QuestionOption[];
}

export interface Questionnaire {
  version: string;
  scaleId: string;
  name: Text;
  categories: QuestionsFile['categories'];
  questions: Question[];
}

export interface Catalog {
  scale: Scale;
  questionnaire: Questionnaire;
  legal: LegalCatalog;
  templates: TemplatesFile;
}

export interface CatalogIssue extends CheckIssue {
  file: string;
}

export class CatalogError extends Error {
  constructor(readonly issues: CatalogIssue[]) {
    const lines = issues.slice(0, 20).map((i) => `${i.file}: ${i.path || '(file)'}: ${i.message}`);
    if (issues.length > 20) lines.push(`… and ${issues.length - 20} more`);
    super(`Invalid catalogue:\n${lines.join('\n')}`);
    this.name = 'CatalogError';
  }
}

function displayName(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/** "items[3].levels.K" from zod's ['items', 3, 'levels', 'K']. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)), '');
}

function parseFile<S extends z.ZodType>(root: string, relative: string, schema: S): z.output<S> {
  const absolute = path.join(root, relative);
  const file = displayName(absolute);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new CatalogError([{ file, path: '', message: error instanceof Error ? error.message : String(error) }]);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new CatalogError(result.error.issues.map((i) => ({ file, path: formatPath(i.path), message: i.message })));
  return result.data;
}

function expandQuestions(file: QuestionsFile): Questionnaire {
  const questions = file.questions.map((q): Question => {
    if (q.kind === 'gate') return { ...q, options: q.options };
    const criteria = file.categories.find((c) => c.id === q.category)?.criteria ?? [];
    const options = [...criteria].sort((a, b) => a.level - b.level).map((c) => ({ id: `level-${c.level}`, level: c.level, text: c.text }));
    return { ...q, options };
  });
  return { version: file.version, scaleId: file.scaleId, name: file.name, categories: file.categories, questions };
}

function load(root: string): Catalog {
  const scale = parseFile(root, catalogFiles.scale, ScaleFile);
  const questionsFile = parseFile(root, catalogFiles.questions, QuestionsFile);
  const legal: LegalCatalog = {
    osl: parseFile(root, catalogFiles.osl, OslFile),
    gdpr: parseFile(root, catalogFiles.gdpr, GdprFile),
    securityClasses: parseFile(root, catalogFiles.securityClasses, SecurityClassesFile),
  };
  const templates = parseFile(root, catalogFiles.templates, TemplatesFile);

  const named = (relative: string, issues: CheckIssue[]) => issues.map((i) => ({ ...i, file: displayName(path.join(root, relative)) }));
  const issues = [
    ...named(catalogFiles.questions, checkQuestions(questionsFile, scale)),
    ...named(catalogFiles.osl, checkOsl(legal, scale)),
    ...named(catalogFiles.gdpr, checkGdpr(legal.gdpr, scale)),
    ...named(catalogFiles.securityClasses, checkSecurityClasses(legal.securityClasses, scale)),
  ];
  // Template checks lean on the legal files, so they run only when those are sound.
  if (issues.length === 0) issues.push(...named(catalogFiles.templates, checkTemplates(templates, scale, legal)));
  if (issues.length > 0) throw new CatalogError(issues);
  return { scale, questionnaire: expandQuestions(questionsFile), legal, templates };
}

const cache = new Map<string, Catalog>();

/** The whole catalogue, validated; loaded once per folder. Throws CatalogError. */
export function loadCatalog(root: string = defaultCatalogRoot): Catalog {
  const key = path.resolve(root);
  let catalog = cache.get(key);
  if (!catalog) {
    catalog = load(key);
    cache.set(key, catalog);
  }
  return catalog;
}

/** Forget loaded catalogues (tests, or a reload after the files changed). */
export function clearCatalogCache(): void {
  cache.clear();
}

/** The templates that fit a department with these functions; templates tagged "alla" fit every department. */
export function templatesFor(functions: readonly string[], catalog: Catalog = loadCatalog()): Template[] {
  const wanted = new Set(functions);
  return catalog.templates.items.filter((t) => t.functions.some((f) => f === 'alla' || wanted.has(f)));
}

export function findTemplate(id: string, catalog: Catalog = loadCatalog()): Template | undefined {
  return catalog.templates.items.find((t) => t.id === id);
}

export type { Scale, Template, Text } from './catalog-schemas.js';
export type { LegalCatalog } from './legal-floors.js';
