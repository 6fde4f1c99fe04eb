import { describe, expect, it } from 'vitest';
import { LegalCategories } from '../map/model.js';
import { loadCatalog } from './catalog.js';
import { applyOverrides, assertValidAnswers, ClassificationInputError, deriveLevels, nextReviewDate, raiseToFloor, suggestLevelsFromLegal } from './derive.js';
import { legalFloors } from './legal-floors.js';

const five = (prefix: string) => [0, 1, 2, 3, 4].map((level) => ({ id: `${prefix}${level}`, level }));
const questionnaire = {
  version: '9.9.9',
  questions: [
    { id: 'k-a', aspect: 'K' as const, options: five('a') },
    { id: 'k-b', aspect: 'K' as const, options: five('b') },
    { id: 'k-gate', aspect: 'K' as const, options: [{ id: 'no', level: 0 }, { id: 'yes', level: 3 }] },
    { id: 'r-a', aspect: 'R' as const, options: five('a') },
    { id: 't-a', aspect: 'T' as const, options: five('a') },
    { id: 's-a', aspect: 'S' as const, options: five('a') },
  ],
};
const answer = (optionId: string, reason = '') => ({ optionId, reason });

describe('deriveLevels', () => {
  it('takes the maximum of the answered options and says which answers drove it', () => {
    const d = deriveLevels(questionnaire, {
      K: { 'k-a': answer('a1'), 'k-b': answer('b3', 'Hot mot enskilda'), 'k-gate': answer('no') },
      R: { 'r-a': answer('a2') },
    });
    expect(d.levels).toEqual({ K: 3, R: 2, T: 0, S: 0 });
    expect(d.perAspect.K.drivenBy).toEqual([{ questionId: 'k-b', optionId: 'b3', level: 3, reason: 'Hot mot enskilda' }]);
    expect(d.perAspect.T).toEqual({ level: 0, drivenBy: [] });
    expect(d.missing).toEqual(['t-a', 's-a']);
    expect(d.invalid).toEqual([]);
    expect(d.questionnaireVersion).toBe('9.9.9');
  });

  it('lets a gate raise the level however mild the consequences', () => {
    const d = deriveLevels(questionnaire, { K: { 'k-a': answer('a0'), 'k-b': answer('b1'), 'k-gate': answer('yes') } });
    expect(d.levels.K).toBe(3);
    expect(d.perAspect.K.drivenBy.map((a) => a.questionId)).toEqual(['k-gate']);
  });

  it('lists every answer at the maximum when several drive it', () => {
    const d = deriveLevels(questionnaire, { K: { 'k-a': answer('a2'), 'k-b': answer('b2') } });
    expect(d.perAspect.K.drivenBy.map((a) => a.questionId)).toEqual(['k-a', 'k-b']);
  });

  it('starts from the baseline of scales that begin above 0', () => {
    expect(deriveLevels(questionnaire, {}, 1).levels).toEqual({ K: 1, R: 1, T: 1, S: 1 });
  });

  it('reports unknown questions and options instead of counting them', () => {
    const d = deriveLevels(questionnaire, { K: { 'k-a': answer('a9'), 'r-a': answer('a4') } });
    expect(d.levels.K).toBe(0);
    expect(d.invalid.map((i) => i.path)).toEqual(['answers.K.k-a.optionId', 'answers.K.r-a']);
    expect(d.missing).toContain('k-a');
    expect(() => assertValidAnswers(d)).toThrow(ClassificationInputError);
  });

  it('works on the real questionnaire: protected identity gives K = 4', () => {
    const { questionnaire: real } = loadCatalog();
    const d = deriveLevels(real, { K: { 'k-gate-protected-identity': answer('yes', 'Adresser till personer med skyddad identitet') } });
    expect(d.levels.K).toBe(4);
    expect(d.missing).not.toContain('k-gate-protected-identity');
  });
});

describe('applyOverrides', () => {
  const derived = { K: 2, R: 2, T: 1, S: 1 };

  it('applies an override that has a written reason', () => {
    expect(applyOverrides(derived, { T: { level: 3, reason: 'Används i krisledning dygnet runt' } })).toEqual({ K: 2, R: 2, T: 3, S: 1 });
  });

  it('accepts the result of deriveLevels as well as plain levels', () => {
    const d = deriveLevels(questionnaire, { K: { 'k-a': answer('a1') } });
    expect(applyOverrides(d, { S: { level: 2, reason: 'Kräver loggning enligt policy' } })).toEqual({ K: 1, R: 0, T: 0, S: 2 });
  });

  it('refuses an override without a reason of at least 10 characters, naming the field', () => {
    expect(() => applyOverrides(derived, { K: { level: 0, reason: '  kort    ' } })).toThrow(/overrides\.K\.reason/);
    let caught: unknown;
    try {
      applyOverrides(derived, { R: { level: 1, reason: '' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ClassificationInputError);
    expect((caught as ClassificationInputError).issues[0]?.path).toBe('overrides.R.reason');
  });

  it('refuses a level outside the scale when the scale is given', () => {
    expect(() => applyOverrides(derived, { K: { level: 0, reason: 'Offentliga uppgifter enbart' } }, [1, 2, 3, 4])).toThrow(/overrides\.K\.level/);
  });
});

describe('suggestLevelsFromLegal', () => {
  const legal = (fields: object) => LegalCategories.parse(fields);

  it('gives no floor without legal categories', () => {
    expect(suggestLevelsFromLegal(legal({}))).toEqual({ K: 0, R: 0, T: 0, S: 0 });
  });

  it('follows the harm test: reverse → K ≥ 3, straight → K ≥ 2', () => {
    expect(suggestLevelsFromLegal(legal({ osl: [{ ref: '26:1', harmTest: 'omvant' }] })).K).toBe(3);
    expect(suggestLevelsFromLegal(legal({ osl: [{ ref: '39:3', harmTest: 'rakt' }] })).K).toBe(2);
  });

  it("uses a provision's own floor over its harm test's", () => {
    expect(suggestLevelsFromLegal(legal({ osl: [{ ref: '40:3', harmTest: 'omvant' }] })).K).toBe(2);
    expect(suggestLevelsFromLegal(legal({ osl: [{ ref: '21:3', harmTest: 'rakt' }] })).K).toBe(4);
  });

  it('puts protected identity and high security classes at the top', () => {
    expect(suggestLevelsFromLegal(legal({ protectedIdentity: true })).K).toBe(4);
    expect(suggestLevelsFromLegal(legal({ securityClass: 'begransat_hemlig' })).K).toBe(3);
    expect(suggestLevelsFromLegal(legal({ securityClass: 'konfidentiell' })).K).toBe(4);
    expect(suggestLevelsFromLegal(legal({ gdprArt9: ['health'], identityNumbers: true })).K).toBe(2);
  });

  it('explains each floor, highest first', () => {
    const floors = legalFloors(legal({ osl: [{ ref: '26:1', harmTest: 'omvant' }], protectedIdentity: true }), loadCatalog().legal);
    expect(floors.reasons.map((r) => r.level)).toEqual([4, 3]);
    expect(floors.reasons[1]?.source.sv).toBe('OSL 26:1 (Omvänt skaderekvisit)');
  });

  it('raises levels to a floor without lowering any', () => {
    expect(raiseToFloor({ K: 1, R: 3, T: 0, S: 0 }, { K: 3, R: 0, T: 0, S: 0 })).toEqual({ K: 3, R: 3, T: 0, S: 0 });
  });
});

describe('nextReviewDate', () => {
  it('is one year later by default', () => {
    expect(nextReviewDate('2025-03-15')).toBe('2026-03-15');
  });

  it('falls back to the last day of a shorter month', () => {
    expect(nextReviewDate('2024-02-29')).toBe('2025-02-28');
    expect(nextReviewDate('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('counts a timestamp by its date in Sweden', () => {
    expect(nextReviewDate(new Date('2025-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(nextReviewDate('2025-06-30T21:59:00Z', 3)).toBe('2025-09-30');
  });

  it('refuses nonsense', () => {
    expect(() => nextReviewDate('2025-01-01', 0)).toThrow(RangeError);
    expect(() => nextReviewDate('not a date')).toThrow(RangeError);
  });
});
