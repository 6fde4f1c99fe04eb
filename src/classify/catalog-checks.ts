// Checks across catalogue files: what one file's schema cannot see on its own
// (levels that exist in the scale, OSL references that exist, templates that respect legal floors).
import { aspectIds, Art9Category, SecurityClass } from '../map/model.js';
import type { GdprFile, QuestionsFile, Scale, SecurityClassesFile, TemplatesFile, Floor } from './catalog-schemas.js';
import { legalFloors, type LegalCatalog } from './legal-floors.js';

export interface CheckIssue {
  /** Dotted path inside the file, e.g. "items[3].levels.K". */
  path: string;
  message: string;
}

function duplicates(values: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return twice;
}

function checkFloor(floor: Floor | undefined, path: string, levels: Set<number>, issues: CheckIssue[]) {
  for (const aspect of aspectIds) {
    const level = floor?.[aspect];
    if (level !== undefined && !levels.has(level)) issues.push({ path: `${path}.${aspect}`, message: `${level} is not a level of the scale` });
  }
}

export function checkQuestions(questions: QuestionsFile, scale: Scale): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const levels = new Set(scale.levels.map((l) => l.value));
  if (questions.scaleId !== scale.id) issues.push({ path: 'scaleId', message: `"${questions.scaleId}" does not match the scale "${scale.id}"` });
  for (const id of duplicates(questions.categories.map((c) => c.id))) issues.push({ path: 'categories', message: `category ${id} appears twice` });
  questions.categories.forEach((category, i) => {
    const given = category.criteria.map((c) => c.level).sort((a, b) => a - b).join(',');
    const wanted = [...levels].join(',');
    if (given !== wanted) issues.push({ path: `categories[${i}].criteria`, message: `criteria must cover each scale level once (${wanted}), got ${given}` });
  });
  for (const id of duplicates(questions.questions.map((q) => q.id))) issues.push({ path: 'questions', message: `question id "${id}" appears twice` });
  questions.questions.forEach((question, i) => {
    if (question.kind === 'consequence') {
      if (!questions.categories.some((c) => c.id === question.category))
        issues.push({ path: `questions[${i}].category`, message: `category "${question.category}" has no criteria in "categories"` });
      return;
    }
    for (const id of duplicates(question.options.map((o) => o.id))) issues.push({ path: `questions[${i}].options`, message: `option id "${id}" appears twice` });
    question.options.forEach((option, j) => {
      if (!levels.has(option.level)) issues.push({ path: `questions[${i}].options[${j}].level`, message: `${option.level} is not a level of the scale` });
    });
  });
  for (const aspect of aspectIds)
    if (!questions.questions.some((q) => q.aspect === aspect)) issues.push({ path: 'questions', message: `no question for aspect ${aspect}` });
  return issues;
}

export function checkOsl(legal: LegalCatalog, scale: Scale): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const levels = new Set(scale.levels.map((l) => l.value));
  for (const ref of duplicates(legal.osl.provisions.map((p) => p.ref))) issues.push({ path: 'provisions', message: `OSL ${ref} appears twice` });
  for (const id of duplicates(legal.osl.harmTests.map((h) => h.id))) issues.push({ path: 'harmTests', message: `harm test ${id} appears twice` });
  legal.osl.harmTests.forEach((h, i) => checkFloor(h.floor, `harmTests[${i}].floor`, levels, issues));
  legal.osl.provisions.forEach((p, i) => checkFloor(p.floor, `provisions[${i}].floor`, levels, issues));
  return issues;
}

export function checkGdpr(gdpr: GdprFile, scale: Scale): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const levels = new Set(scale.levels.map((l) => l.value));
  const given = gdpr.art9.map((c) => c.id);
  for (const id of Art9Category.options) if (!given.includes(id)) issues.push({ path: 'art9', message: `art. 9 category ${id} is missing` });
  for (const id of duplicates(given)) issues.push({ path: 'art9', message: `art. 9 category ${id} appears twice` });
  for (const id of duplicates(gdpr.personalDataCategories.map((c) => c.id)))
    issues.push({ path: 'personalDataCategories', message: `category ${id} appears twice` });
  gdpr.art9.forEach((c, i) => checkFloor(c.floor, `art9[${i}].floor`, levels, issues));
  for (const key of ['personalData', 'art10', 'identityNumbers', 'protectedIdentity', 'aggregated'] as const)
    checkFloor(gdpr[key].floor, `${key}.floor`, levels, issues);
  return issues;
}

export function checkSecurityClasses(file: SecurityClassesFile, scale: Scale): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const levels = new Set(scale.levels.map((l) => l.value));
  const given = file.classes.map((c) => c.id);
  for (const id of SecurityClass.options) if (!given.includes(id)) issues.push({ path: 'classes', message: `security class ${id} is missing` });
  for (const id of duplicates(given)) issues.push({ path: 'classes', message: `security class ${id} appears twice` });
  file.classes.forEach((c, i) => checkFloor(c.floor, `classes[${i}].floor`, levels, issues));
  return issues;
}

export function checkTemplates(templates: TemplatesFile, scale: Scale, legal: LegalCatalog): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const levels = new Set(scale.levels.map((l) => l.value));
  const categories = new Set(legal.gdpr.personalDataCategories.map((c) => c.id));
  if (templates.scaleId !== scale.id) issues.push({ path: 'scaleId', message: `"${templates.scaleId}" does not match the scale "${scale.id}"` });
  for (const id of duplicates(templates.items.map((t) => t.id))) issues.push({ path: 'items', message: `template id "${id}" appears twice` });
  templates.items.forEach((template, i) => {
    const at = `items[${i}]`;
    for (const aspect of aspectIds)
      if (!levels.has(template.levels[aspect])) issues.push({ path: `${at}.levels.${aspect}`, message: `${template.levels[aspect]} is not a level of the scale` });
    template.legal.osl.forEach((ref, j) => {
      const provision = legal.osl.provisions.find((p) => p.ref === ref.ref);
      if (!provision) issues.push({ path: `${at}.legal.osl[${j}].ref`, message: `OSL ${ref.ref} is not in legal/osl.json` });
      else if (provision.harmTest !== ref.harmTest)
        issues.push({ path: `${at}.legal.osl[${j}].harmTest`, message: `OSL ${ref.ref} has harm test "${provision.harmTest}" in legal/osl.json` });
    });
    template.possibleOsl.forEach((ref, j) => {
      if (!legal.osl.provisions.some((p) => p.ref === ref)) issues.push({ path: `${at}.possibleOsl[${j}]`, message: `OSL ${ref} is not in legal/osl.json` });
    });
    template.personalDataCategories.forEach((id, j) => {
      if (!categories.has(id)) issues.push({ path: `${at}.personalDataCategories[${j}]`, message: `"${id}" is not in legal/gdpr.json personalDataCategories` });
    });
    // A suggestion below what the law implies would make the workshop start from a wrong answer.
    const floors = legalFloors(template.legal, legal, scale.levels[0]?.value ?? 0);
    for (const aspect of aspectIds)
      if (template.levels[aspect] < floors.levels[aspect])
        issues.push({ path: `${at}.levels.${aspect}`, message: `${template.levels[aspect]} is below the legal floor ${floors.levels[aspect]}` });
  });
  return issues;
}
