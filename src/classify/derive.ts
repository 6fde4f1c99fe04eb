// Pure derivation of K/R/T/S levels from the questionnaire's answers, overrides with reasons,
// legal floors and the review date.
//
// The level of an aspect is the MAXIMUM level of its answered options. The method (MSB/MCF, KLASSA)
// asks for the worst plausible consequence: one serious consequence (harm to a person's life) is not
// made milder by many harmless ones, which an average would do. Gate questions are legal floors, and
// a floor combines with the consequences the same way: by maximum.
import { aspectIds, type AspectId, type ClassificationInput, type LegalCategories, type Levels } from '../map/model.js';
import { loadCatalog, type LegalCatalog } from './catalog.js';
import { legalFloors } from './legal-floors.js';
import { addMonths, swedishDate } from '../kernel/swedish-date.js';

/** The part of a questionnaire derivation needs; the loaded catalogue's `questionnaire` fits. */
export interface QuestionnaireLike {
  version: string;
  questions: readonly { id: string; aspect: AspectId; options: readonly { id: string; level: number }[] }[];
}

export type Answers = ClassificationInput['answers'];
export type Overrides = ClassificationInput['overrides'];

export interface DrivingAnswer {
  questionId: string;
  optionId: string;
  level: number;
  reason: string;
}

export interface AspectDerivation {
  level: number;
  /** The answers that set the level (those at the maximum); empty when nothing is answered. */
  drivenBy: DrivingAnswer[];
}

export interface InputIssue {
  /** Path in ClassificationInput, e.g. "answers.K.k-persons.optionId". */
  path: string;
  message: string;
}

export interface Derivation {
  levels: Levels;
  perAspect: Record<AspectId, AspectDerivation>;
  /** Questions without an answer: the classification is not complete until this is empty. */
  missing: string[];
  /** Answers to unknown questions or options; deriveLevels ignores them, a route should reject them. */
  invalid: InputIssue[];
  questionnaireVersion: string;
}

export class ClassificationInputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'ClassificationInputError';
  }
}

/** Levels from answers. `baseline` is the scale's lowest level, the level of an aspect with no answer. */
export function deriveLevels(questionnaire: QuestionnaireLike, answers: Answers, baseline = 0): Derivation {
  const levels: Levels = { K: baseline, R: baseline, T: baseline, S: baseline };
  const perAspect = {} as Record<AspectId, AspectDerivation>;
  const missing: string[] = [];
  const invalid: InputIssue[] = [];

  for (const aspect of aspectIds) {
    const given = answers[aspect] ?? {};
    const questions = questionnaire.questions.filter((q) => q.aspect === aspect);
    const chosen: DrivingAnswer[] = [];
    for (const question of questions) {
      const answer = given[question.id];
      if (!answer) {
        missing.push(question.id);
        continue;
      }
      const option = question.options.find((o) => o.id === answer.optionId);
      if (!option) {
        invalid.push({ path: `answers.${aspect}.${question.id}.optionId`, message: `unknown option "${answer.optionId}"` });
        missing.push(question.id);
        continue;
      }
      chosen.push({ questionId: question.id, optionId: option.id, level: option.level, reason: answer.reason ?? '' });
    }
    for (const questionId of Object.keys(given))
      if (!questions.some((q) => q.id === questionId))
        invalid.push({ path: `answers.${aspect}.${questionId}`, message: `no question "${questionId}" for aspect ${aspect}` });

    const level = chosen.reduce((max, a) => Math.max(max, a.level), baseline);
    levels[aspect] = level;
    perAspect[aspect] = { level, drivenBy: chosen.filter((a) => a.level === level) };
  }
  return { levels, perAspect, missing, invalid, questionnaireVersion: questionnaire.version };
}

/** Throws ClassificationInputError when answers name unknown questions or options. */
export function assertValidAnswers(derivation: Derivation): void {
  if (derivation.invalid.length > 0) throw new ClassificationInputError(derivation.invalid);
}

export const minimumOverrideReason = 10;

/**
 * The final levels: derived levels with the overrides applied. Every override needs a written reason
 * of at least 10 characters, and its level must be one of `allowedLevels` (the scale's) when given.
 * Lowering is allowed here; the owner's approval is where a lowering is accepted.
 */
export function applyOverrides(derived: Levels | { levels: Levels }, overrides: Overrides, allowedLevels?: readonly number[]): Levels {
  const base = 'levels' in derived ? derived.levels : derived;
  const result: Levels = { ...base };
  const issues: InputIssue[] = [];
  for (const aspect of aspectIds) {
    const override = overrides[aspect];
    if (!override) continue;
    if ((override.reason ?? '').trim().length < minimumOverrideReason)
      issues.push({ path: `overrides.${aspect}.reason`, message: `an override needs a written reason of at least ${minimumOverrideReason} characters` });
    if (!Number.isInteger(override.level) || (allowedLevels && !allowedLevels.includes(override.level)))
      issues.push({ path: `overrides.${aspect}.level`, message: `${override.level} is not a level of the scale` });
    result[aspect] = override.level;
  }
  if (issues.length > 0) throw new ClassificationInputError(issues);
  return result;
}

/** The minimum levels the legal categories imply (e.g. OSL 26:1 → K ≥ 3, protected identity → K = 4). */
export function suggestLevelsFromLegal(legal: LegalCategories, legalCatalog: LegalCatalog = loadCatalog().legal, baseline = 0): Levels {
  return legalFloors(legal, legalCatalog, baseline).levels;
}

/** Each aspect raised to at least its floor. */
export function raiseToFloor(levels: Levels, floor: Levels): Levels {
  return { K: Math.max(levels.K, floor.K), R: Math.max(levels.R, floor.R), T: Math.max(levels.T, floor.T), S: Math.max(levels.S, floor.S) };
}

/**
 * The review date, `months` after approval, as YYYY-MM-DD. A timestamp counts by its date in Sweden
 * (an approval at 00:30 Swedish time on 1 January is a 1 January approval). A day missing in the
 * target month falls back to the month's last day (29 Feb + 12 months → 28 Feb).
 */
export function nextReviewDate(approvedAt: Date | string, months = 12): string {
  if (!Number.isInteger(months) || months < 1) throw new RangeError(`months must be a positive integer, got ${months}`);
  return addMonths(swedishDate(approvedAt), months);
}

