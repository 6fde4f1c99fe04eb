// The body sections of the Word report, in the same order and wording as the pdf.
import type { Paragraph, Table } from 'docx';
import { verdicts, type Verdict } from '../../placement/model.js';
import { reportAspects, type LevelsOrNull, type ReportData } from '../model.js';
import { aspectNamesSv, classificationStateSv, DISCLAIMER, levelsShort, NO_RISKS, verdictColors, verdictSv } from '../texts.js';
import { bullet, gap, h1, h2, para, table, type CellSpec } from './parts.js';

type Block = Paragraph | Table;

function levelCell(d: ReportData, v: number | null | undefined): CellSpec {
  const level = typeof v === 'number' ? d.scale.find((l) => l.value === v) : undefined;
  return level ? { text: String(v), fill: level.color, color: level.textColor, bold: true, center: true } : { text: '–', center: true };
}
const levelCells = (d: ReportData, l: LevelsOrNull | null) => reportAspects.map((a) => levelCell(d, l ? l[a] : null));
const verdictCell = (v: Verdict): CellSpec => ({ text: verdictSv(v), fill: verdictColors[v].fill, color: verdictColors[v].text, bold: true });
const aspectCols = reportAspects.map((a) => ({ header: a, share: 0.04 }));

export function mapSection(d: ReportData): Block[] {
  const byDept = !d.department;
  return [
    h1('3. Kartläggningen med klassning', true),
    para('Varje informationsmängd med konsekvensnivå per aspekt (K konfidentialitet, R riktighet, T tillgänglighet, S spårbarhet; 0–4), rättsliga kategorier, klassningens status och var informationen lagras.', { muted: true }),
    table(
      [
        { header: 'Ref', share: 0.09 },
        { header: 'Informationsmängd', share: byDept ? 0.2 : 0.29 },
        ...(byDept ? [{ header: 'Förvaltning', share: 0.14 }] : []),
        ...aspectCols,
        { header: 'Rättsliga kategorier', share: byDept ? 0.19 : 0.24 },
        { header: 'Status', share: 0.08 },
        { header: 'Lagras i', share: byDept ? 0.14 : 0.14 },
      ],
      d.assets.map((a) => [a.ref, a.name, ...(byDept ? [a.departmentName] : []), ...levelCells(d, a.levels), a.legal, classificationStateSv[a.classificationState], a.services.join(', ') || '–']),
    ),
    gap(),
  ];
}

/** The distribution "chart": one row per aspect, a coloured cell per level with its count. */
export function distributionSection(d: ReportData): Block[] {
  const share = 0.8 / d.scale.length;
  return [
    h1('4. Klassningsfördelning'),
    para('Antal klassade informationsmängder per aspekt och konsekvensnivå.', { muted: true }),
    table(
      [{ header: 'Aspekt', share: 0.2 }, ...d.scale.map((l) => ({ header: `${l.value} ${l.name}`, share }))],
      reportAspects.map((a) => [
        aspectNamesSv[a],
        ...d.scale.map((l) => {
          const n = d.distribution[a][l.value] ?? 0;
          return n ? { text: String(n), fill: l.color, color: l.textColor, bold: true, center: true } : { text: '0', center: true };
        }),
      ]),
    ),
    gap(),
  ];
}

export function servicesSection(d: ReportData): Block[] {
  return [
    h1('5. Tjänster: högsta klass som får lagras och som lagras'),
    para('"Får innehålla" är den högsta nivån per aspekt som regeluppsättningen tillåter (med villkor) i tjänsten för typisk information på nivån. "Innehåller" är tjänstens effektiva klass: det högsta av det som lagras där, där sammanställningar räknas en nivå högre i K.', { muted: true }),
    table(
      [{ header: 'Tjänst', share: 0.22 }, { header: 'Avgörande fakta', share: 0.26 }, { header: 'Får innehålla K R T S', share: 0.15 }, ...aspectCols, { header: 'Placeringar', share: 0.21 }],
      d.services.map((s) => [
        s.name + (s.raisedForAggregation ? ' (K höjd för sammanställning)' : ''),
        s.facts,
        levelsShort(s.mayHold),
        ...levelCells(d, s.holds),
        `${s.assetCount} st` + (s.verdicts.not_allowed ? `, ${s.verdicts.not_allowed} ej tillåtna` : '') + (s.verdicts.needs_legal_review ? `, ${s.verdicts.needs_legal_review} kräver bedömning` : ''),
      ]),
    ),
    h2('Bedömningar per tjänst'),
    table(
      [{ header: 'Tjänst', share: 0.32 }, ...verdicts.map((v) => ({ header: verdictSv(v), share: 0.17 }))],
      d.services.filter((s) => s.assetCount > 0).map((s) => [
        s.name,
        ...verdicts.map((v): CellSpec => {
          const n = s.verdicts[v] ?? 0;
          return n ? { text: String(n), fill: verdictColors[v].fill, color: verdictColors[v].text, bold: true, center: true } : { text: '0', center: true };
        }),
      ]),
    ),
    gap(),
  ];
}

export function violationsSection(d: ReportData): Block[] {
  if (!d.violations.length) return [h1('6. Avvikelser'), para('Inga placeringar strider mot regeluppsättningen eller saknar nödvändigt beslut.')];
  return [
    h1('6. Avvikelser'),
    para('Placeringar som inte är tillåtna, eller som kräver juridisk bedömning utan att ett beslut har dokumenterats. De allvarligaste först.', { muted: true }),
    table(
      [{ header: 'Informationsmängd', share: 0.19 }, { header: 'Tjänst', share: 0.16 }, { header: 'Bedömning', share: 0.13 }, { header: 'Regler', share: 0.07 }, { header: 'Skäl', share: 0.31 }, { header: 'Beslut', share: 0.14 }],
      d.violations.map((v) => [`${v.assetName} (${v.departmentCode})`, v.serviceName, verdictCell(v.verdict), v.rules.join(', '), v.reasons.join(' '), v.decisionNote]),
    ),
    gap(),
  ];
}

export function conditionsSection(d: ReportData): Block[] {
  if (!d.conditions.length) return [h1('7. Villkor att uppfylla'), para('Inga villkor följer av placeringarna.')];
  return [
    h1('7. Villkor att uppfylla'),
    para('Villkoren gäller placeringar som är tillåtna med villkor eller väntar på bedömning; varje villkor visas en gång per tjänst.', { muted: true }),
    ...d.conditions.flatMap((s) => [
      h2(s.serviceName),
      table([{ header: 'Villkor', share: 0.5 }, { header: 'Regel', share: 0.08 }, { header: 'Gäller informationsmängderna', share: 0.42 }], s.items.map((c) => [c.text, c.ruleId, c.assets.join(', ')])),
      gap(),
    ]),
  ];
}

function heatColor(score: number): string {
  return score >= 15 ? '#B3261E' : score >= 8 ? '#E8833A' : score >= 4 ? '#F6D78B' : '#A8D5A2';
}

export function risksSection(d: ReportData): Block[] {
  const r = d.risks;
  if (!r || (!r.scenarios.length && !r.acceptances.length)) return [h1('8. Risker och riskacceptanser'), para(NO_RISKS)];
  const out: Block[] = [h1('8. Risker och riskacceptanser')];
  if (r.heat) {
    const n = r.heat.length;
    out.push(
      h2('Riskkarta (sannolikhet × konsekvens)'),
      table(
        [{ header: 'Sannolikhet', share: 0.2 }, ...r.heat.map((_, c) => ({ header: `K ${c + 1}`, share: 0.8 / n }))],
        [...r.heat.keys()].reverse().map((l) => [String(l + 1), ...r.heat![l]!.map((count, c): CellSpec => ({ text: count ? String(count) : '', fill: heatColor((l + 1) * (c + 1)), bold: true, center: true }))]),
      ),
      gap(),
    );
  }
  if (r.scenarios.length) {
    out.push(h2('Riskscenarier'), table(
      [{ header: 'Scenario', share: 0.26 }, { header: 'Gäller', share: 0.19 }, { header: 'S × K', share: 0.08 }, { header: 'Nivå', share: 0.12 }, { header: 'Behandling', share: 0.22 }, { header: 'Ägare', share: 0.13 }],
      r.scenarios.map((s) => [s.title, s.subject, `${s.likelihood} × ${s.consequence}`, { text: s.level, ...(s.color ? { fill: s.color } : {}) }, s.treatment, s.owner]),
    ), gap());
  }
  if (r.acceptances.length) {
    const state = { created: 'Skapad', submitted: 'Inskickad', accepted: 'Accepterad', rejected: 'Avslagen', revoked: 'Återkallad' } as const;
    out.push(h2('Riskacceptanser'), table(
      [{ header: 'Scenario', share: 0.26 }, { header: 'Beslutsfattare', share: 0.17 }, { header: 'Motivering', share: 0.33 }, { header: 'Giltig till', share: 0.12 }, { header: 'Status', share: 0.12 }],
      r.acceptances.map((a) => [a.scenario, a.approver, a.justification, a.expires, state[a.state]]),
    ), gap());
  }
  return out;
}

export function decisionsSection(d: ReportData): Block[] {
  if (!d.decisions.length) return [h1('9. Fattade beslut'), para('Inga placeringsbeslut har registrerats.')];
  return [
    h1('9. Fattade beslut'),
    table(
      [{ header: 'Informationsmängd', share: 0.18 }, { header: 'Tjänst', share: 0.15 }, { header: 'Beslut', share: 0.14 }, { header: 'Motivering', share: 0.25 }, { header: 'Beslutat av, datum', share: 0.14 }, { header: 'Status', share: 0.14 }],
      d.decisions.map((x) => [
        x.assetName, x.serviceName, verdictCell(x.verdict), x.reason || (x.decision === 'confirmed' ? 'Bedömningen bekräftad' : '–'),
        `${x.decidedBy}, ${x.decidedOn} (${x.ruleSet})`,
        x.status === 'needs_review' ? { text: 'Behöver omprövas', bold: true, color: '#B3261E' } : 'Gällande',
      ]),
    ),
    gap(),
  ];
}

export function appendixSection(d: ReportData): Block[] {
  return [
    h1(`Bilaga: regeluppsättningen ${d.ruleSet.name} ${d.ruleSet.version}`, true),
    para(d.ruleSet.description, { muted: true }),
    table(
      [{ header: 'Regel', share: 0.07 }, { header: 'Rubrik', share: 0.22 }, { header: 'Utfall', share: 0.14 }, { header: 'Skäl', share: 0.41 }, { header: 'Grund', share: 0.16 }],
      d.rules.map((r) => [r.id, r.title, r.verdict ? verdictCell(r.verdict) : 'Höjer nivån', r.reason, r.basis.join('; ')]),
    ),
    h2('Om underlaget'),
    para(DISCLAIMER),
    bullet(`Framtaget ${d.producedOn} av ${d.producedBy} med infovakt.`),
    bullet(`Regeluppsättning: ${d.ruleSet.id} version ${d.ruleSet.version} (${d.ruleSet.status}${d.ruleSet.publishedOn ? `, publicerad ${d.ruleSet.publishedOn}` : ''}).`),
  ];
}
