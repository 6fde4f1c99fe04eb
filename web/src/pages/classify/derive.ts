import type { AspectInfo } from '../../api/catalog.ts';
import type { AspectId } from '../../api/types.ts';

export interface AnswerState {
  optionId: string;
  reason: string;
}
export type AspectAnswersState = Record<string, AnswerState>;
export type AnswersState = Record<AspectId, AspectAnswersState>;
export interface OverrideState {
  enabled: boolean;
  level: number;
  reason: string;
}
export type OverridesState = Record<AspectId, OverrideState>;

/** The derived level of one aspect: the highest level among the chosen options (0 when nothing is answered). */
export function deriveAspect(aspect: AspectInfo, answers: AspectAnswersState): number {
  let level = 0;
  for (const q of aspect.questions) {
    const a = answers[q.id];
    if (!a) continue;
    const o = q.options.find((x) => x.id === a.optionId);
    if (o && o.level > level) level = o.level;
  }
  return level;
}

export function overrideValid(o: OverrideState): boolean {
  return !o.enabled || o.reason.trim().length >= 10;
}
