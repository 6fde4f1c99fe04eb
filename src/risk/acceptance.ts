// Risk acceptance as a state machine of pure transitions:
//   created → submitted → accepted | rejected;  accepted → revoked;  accepted expires on its date.
// Each transition returns a new record (never mutates) or a reason in Swedish and English.
import type { AcceptanceState, RiskAcceptance } from './model.js';
import type { RiskLevel } from './model.js';
import { swedishDate } from '../kernel/swedish-date.js';

export type TransitionResult = { ok: true; acceptance: RiskAcceptance } | { ok: false; code: TransitionErrorCode; message: { sv: string; en: string } };
export type TransitionErrorCode = 'invalid_state' | 'justification_missing' | 'expiry_missing' | 'expiry_past' | 'expiry_too_far' | 'same_person' | 'reason_missing';

export interface Actor {
  by: string;
  /** ISO timestamp of the transition; the caller's clock keeps these functions pure. */
  at: string;
}

const allowed: Record<string, AcceptanceState[]> = {
  submit: ['created'],
  accept: ['submitted'],
  reject: ['submitted'],
  revoke: ['accepted'],
  withdraw: ['submitted'],
};

function fail(code: TransitionErrorCode, sv: string, en: string): TransitionResult {
  return { ok: false, code, message: { sv, en } };
}

function move(a: RiskAcceptance, to: AcceptanceState, actor: Actor, comment = '', patch: Partial<RiskAcceptance> = {}): TransitionResult {
  return { ok: true, acceptance: { ...a, ...patch, state: to, history: [...a.history, { from: a.state, to, at: actor.at, by: actor.by, comment }] } };
}

function checkState(a: RiskAcceptance, action: keyof typeof allowed): TransitionResult | undefined {
  if (allowed[action]!.includes(a.state)) return undefined;
  return fail('invalid_state', `Kan inte ${action} en riskacceptans i läget ${a.state}.`, `Cannot ${action} a risk acceptance in state ${a.state}.`);
}

/** The date of a day or a moment (its date in Sweden: acceptances expire at the end of a Swedish day). */
const day = (iso: string) => swedishDate(iso);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(day(to)) - Date.parse(day(from))) / 86_400_000);

export function createAcceptance(input: { id: string; scenarioId: string; justification: string; expiresOn: string | null }, actor: Actor): RiskAcceptance {
  return {
    id: input.id, scenarioId: input.scenarioId, state: 'created', justification: input.justification.trim(),
    requestedBy: actor.by, levelAtRequest: null, expiresOn: input.expiresOn, approver: null, decidedAt: null,
    history: [{ from: null, to: 'created', at: actor.at, by: actor.by, comment: '' }],
  };
}

/** Submit for decision, with the residual level the approver will decide on. */
export function submit(a: RiskAcceptance, actor: Actor, residualLevel: RiskLevel): TransitionResult {
  const bad = checkState(a, 'submit');
  if (bad) return bad;
  if (a.justification.length < 20)
    return fail('justification_missing', 'En motivering på minst 20 tecken krävs.', 'A justification of at least 20 characters is required.');
  if (!a.expiresOn) return fail('expiry_missing', 'En riskacceptans måste ha ett slutdatum.', 'A risk acceptance must have an expiry date.');
  if (daysBetween(actor.at, a.expiresOn) <= 0) return fail('expiry_past', 'Slutdatumet har redan passerats.', 'The expiry date has already passed.');
  return move(a, 'submitted', actor, '', { levelAtRequest: residualLevel.id });
}

/** Accept. The approver may not be the requester, and the period may not exceed what the level allows. */
export function accept(a: RiskAcceptance, actor: Actor, level: RiskLevel, comment = ''): TransitionResult {
  const bad = checkState(a, 'accept');
  if (bad) return bad;
  if (actor.by === a.requestedBy)
    return fail('same_person', 'Den som begärt acceptansen kan inte själv godkänna den.', 'The person who requested the acceptance cannot approve it.');
  if (!a.expiresOn) return fail('expiry_missing', 'En riskacceptans måste ha ett slutdatum.', 'A risk acceptance must have an expiry date.');
  const days = daysBetween(actor.at, a.expiresOn);
  if (days <= 0) return fail('expiry_past', 'Slutdatumet har redan passerats.', 'The expiry date has already passed.');
  if (days > level.maxAcceptanceDays)
    return fail('expiry_too_far', `Risknivån ${level.name.sv} får accepteras högst ${level.maxAcceptanceDays} dagar.`, `Risk level ${level.name.en} may be accepted for at most ${level.maxAcceptanceDays} days.`);
  return move(a, 'accepted', actor, comment, { approver: actor.by, decidedAt: actor.at });
}

export function reject(a: RiskAcceptance, actor: Actor, reason: string): TransitionResult {
  const bad = checkState(a, 'reject');
  if (bad) return bad;
  if (reason.trim().length < 10) return fail('reason_missing', 'Ange skälet (minst 10 tecken).', 'Give the reason (at least 10 characters).');
  return move(a, 'rejected', actor, reason.trim(), { approver: actor.by, decidedAt: actor.at });
}

/** Revoke an accepted risk, e.g. when the threat picture changes. */
export function revoke(a: RiskAcceptance, actor: Actor, reason: string): TransitionResult {
  const bad = checkState(a, 'revoke');
  if (bad) return bad;
  if (reason.trim().length < 10) return fail('reason_missing', 'Ange skälet (minst 10 tecken).', 'Give the reason (at least 10 characters).');
  return move(a, 'revoked', actor, reason.trim());
}

/** Take a submitted request back for editing (before anyone decided). */
export function withdraw(a: RiskAcceptance, actor: Actor): TransitionResult {
  const bad = checkState(a, 'withdraw');
  if (bad) return bad;
  return move(a, 'created', actor, '', { levelAtRequest: null });
}

export type EffectiveAcceptanceState = AcceptanceState | 'expired';

/** The state as of `today`: an accepted risk past its expiry date is expired and must be renewed. */
export function effectiveState(a: RiskAcceptance, today: string): EffectiveAcceptanceState {
  if (a.state === 'accepted' && a.expiresOn && day(today) >= a.expiresOn) return 'expired';
  return a.state;
}

/** Accepted and in force on `today`. */
export function isInForce(a: RiskAcceptance, today: string): boolean {
  return effectiveState(a, today) === 'accepted';
}

/** Accepted, in force, and expiring within `withinDays`: time to renew. */
export function expiresSoon(a: RiskAcceptance, today: string, withinDays = 30): boolean {
  return isInForce(a, today) && a.expiresOn !== null && daysBetween(today, a.expiresOn) <= withinDays;
}
