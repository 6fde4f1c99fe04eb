import { describe, expect, it } from 'vitest';
import { accept, createAcceptance, effectiveState, expiresSoon, isInForce, reject, revoke, submit, withdraw, type TransitionResult } from './acceptance.js';
import { loadRiskMatrix } from './matrix.js';
import type { RiskAcceptance } from './model.js';

const matrix = loadRiskMatrix();
const high = matrix.levels.find((l) => l.id === 'high')!; // at most 365 days
const owner = { by: 'anna.handlaggare', at: '2026-11-01T09:00:00Z' };
const chief = { by: 'bo.forvaltningschef', at: '2026-11-02T10:00:00Z' };

const ok = (r: TransitionResult): RiskAcceptance => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.acceptance;
};
const draft = (expiresOn: string | null = '2027-06-30') =>
  createAcceptance({ id: 'ra1', scenarioId: 'rs1', justification: 'Reservrutin finns och leverantören byts 2027.', expiresOn }, owner);

describe('risk acceptance state machine', () => {
  it('walks created → submitted → accepted with history, then expires', () => {
    const submitted = ok(submit(draft(), owner, high));
    expect(submitted).toMatchObject({ state: 'submitted', levelAtRequest: 'high' });
    const accepted = ok(accept(submitted, chief, high, 'Godkänt i ledningsgruppen'));
    expect(accepted).toMatchObject({ state: 'accepted', approver: 'bo.forvaltningschef', decidedAt: chief.at });
    expect(accepted.history.map((h) => `${h.from}→${h.to}`)).toEqual(['null→created', 'created→submitted', 'submitted→accepted']);
    expect(isInForce(accepted, '2027-06-29')).toBe(true);
    expect(expiresSoon(accepted, '2027-06-10', 30)).toBe(true);
    expect(expiresSoon(accepted, '2027-01-10', 30)).toBe(false);
    expect(effectiveState(accepted, '2027-06-30')).toBe('expired');
    expect(isInForce(accepted, '2027-07-01')).toBe(false);
  });

  it('does not mutate the record it was given', () => {
    const d = draft();
    ok(submit(d, owner, high));
    expect(d.state).toBe('created');
    expect(d.history).toHaveLength(1);
  });

  it('rejects and revokes only with a reason, and only from the right state', () => {
    const submitted = ok(submit(draft(), owner, high));
    expect(reject(submitted, chief, 'nej')).toMatchObject({ ok: false, code: 'reason_missing' });
    expect(ok(reject(submitted, chief, 'Restrisken är för hög för verksamheten.')).state).toBe('rejected');
    expect(revoke(submitted, chief, 'Hotbilden har ändrats väsentligt.')).toMatchObject({ ok: false, code: 'invalid_state' });
    const accepted = ok(accept(submitted, chief, high));
    const revoked = ok(revoke(accepted, chief, 'Hotbilden har ändrats väsentligt.'));
    expect(revoked.state).toBe('revoked');
    expect(accept(revoked, chief, high)).toMatchObject({ ok: false, code: 'invalid_state' });
  });

  it('lets a request be withdrawn to created before a decision', () => {
    const back = ok(withdraw(ok(submit(draft(), owner, high)), owner));
    expect(back).toMatchObject({ state: 'created', levelAtRequest: null });
  });

  it('guards: justification, expiry, separation of duties, longest period for the level', () => {
    const short = createAcceptance({ id: 'x', scenarioId: 'rs1', justification: 'ok', expiresOn: '2027-01-01' }, owner);
    expect(submit(short, owner, high)).toMatchObject({ ok: false, code: 'justification_missing' });
    expect(submit(draft(null), owner, high)).toMatchObject({ ok: false, code: 'expiry_missing' });
    expect(submit(draft('2026-10-01'), owner, high)).toMatchObject({ ok: false, code: 'expiry_past' });
    const submitted = ok(submit(draft(), owner, high));
    const self = accept(submitted, { ...chief, by: owner.by }, high);
    expect(self).toMatchObject({ ok: false, code: 'same_person' });
    if (!self.ok) expect(self.message.sv).toContain('kan inte själv godkänna');
    const tooLong = ok(submit(draft('2028-12-31'), owner, high));
    expect(accept(tooLong, chief, high)).toMatchObject({ ok: false, code: 'expiry_too_far' });
    const low = matrix.levels.find((l) => l.id === 'low')!;
    expect(ok(accept(tooLong, chief, low)).state).toBe('accepted');
  });
});
