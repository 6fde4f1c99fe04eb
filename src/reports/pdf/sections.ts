// The body sections of the pdf report, one function each, in the order the board reads them.
import { verdicts } from '../../placement/model.js';
import { reportAspects, type LevelsOrNull, type ReportData } from '../model.js';
import {
  aspectNamesSv, classificationStateSv, DISCLAIMER, levelsShort, NO_RISKS, verdictColors, verdictSv,
} from '../texts.js';
import { heatMap, stackedBars } from './charts.js';
import { bullets, heading, MUTED, paragraph, table, type Cell, type Doc, type GroupRow } from './layout.js';

function levelCell(d: ReportData, v: number | null | undefined): Cell {
  const level = typeof v === 'number' ? d.scale.find((l) => l.value === v) : undefined;
  return level ? { text: String(v), fill: level.color, color: level.textColor, align: 'center', bold: true } : { text: '–', align: 'center' };
}
const levelCells = (d: ReportData, l: LevelsOrNull | null) => reportAspects.map((a) => levelCell(d, l ? l[a] : null));
const verdictCell = (v: ReportData['violations'][number]['verdict']): Cell => ({ text: verdictSv(v), fill: verdictColors[v].fill, color: verdictColors[v].text, bold: true });
const narrow = (h: string) => ({ header: h, width: 20, align: 'center' as const });

export function mapSection(doc: Doc, d: ReportData): void {
  heading(doc, '3. Kartläggningen med klassning');
  paragraph(doc, 'Varje informationsmängd med konsekvensnivå per aspekt (K konfidentialitet, R riktighet, T tillgänglighet, S spårbarhet; 0–4), rättsliga kategorier, klassningens status och var informationen lagras.', { size: 9, color: MUTED });
  // Grouped by department, so the table needs no department column.
  const rows: ((Cell | string)[] | GroupRow)[] = [];
  let current = '';
  for (const a of d.assets) {
    if (a.departmentName !== current) rows.push({ group: (current = a.departmentName) });
    rows.push([a.ref, a.name, ...levelCells(d, a.levels), a.legal, classificationStateSv[a.classificationState], a.services.join(', ') || '–']);
  }
  table(
    doc,
    [
      { header: 'Ref', width: 48 },
      { header: 'Informationsmängd', width: 125 },
      narrow('K'), narrow('R'), narrow('T'), narrow('S'),
      { header: 'Rättsliga kategorier', width: 106 },
      { header: 'Status', width: 46 },
      { header: 'Lagras i', width: 90 },
    ],
    rows,
  );
}

export function distributionSection(doc: Doc, d: ReportData): void {
  heading(doc, '4. Klassningsfördelning', 1, 200);
  paragraph(doc, 'Antal klassade informationsmängder per aspekt och konsekvensnivå.', { size: 9, color: MUTED });
  stackedBars(
    doc,
    reportAspects.map((a) => ({
      label: aspectNamesSv[a],
      segments: d.distribution[a].map((n, level) => {
        const l = d.scale.find((x) => x.value === level);
        return { value: n, color: l?.color ?? '#999999', textColor: l?.textColor ?? '#FFFFFF' };
      }),
    })),
    d.scale.map((l) => ({ label: `${l.value} ${l.name}`, color: l.color })),
  );
}

export function servicesSection(doc: Doc, d: ReportData): void {
  heading(doc, '5. Tjänster: högsta klass som får lagras och som lagras');
  paragraph(
    doc,
    '"Får innehålla" är den högsta nivån per aspekt som regeluppsättningen tillåter (med villkor) i tjänsten för typisk information på nivån. ' +
      '"Innehåller" är tjänstens effektiva klass: det högsta av det som lagras där, där sammanställningar räknas en nivå högre i K.',
    { size: 9, color: MUTED },
  );
  const over = (s: ReportData['services'][number]) => reportAspects.filter((a) => s.holds[a] !== null && (s.mayHold[a] === null || s.holds[a]! > s.mayHold[a]!));
  table(
    doc,
    [
      { header: 'Tjänst', width: 105 },
      { header: 'Avgörande fakta', width: 118 },
      { header: 'Får innehålla K R T S', width: 80 },
      narrow('K'), narrow('R'), narrow('T'), narrow('S'),
      { header: 'Placeringar', width: 112 },
    ],
    d.services.map((s) => [
      s.name + (s.raisedForAggregation ? ' (K höjd för sammanställning)' : ''),
      s.facts,
      levelsShort(s.mayHold),
      ...levelCells(d, s.holds),
      `${s.assetCount} st` +
        (s.verdicts.not_allowed ? `, ${s.verdicts.not_allowed} ej tillåtna` : '') +
        (s.verdicts.needs_legal_review ? `, ${s.verdicts.needs_legal_review} kräver bedömning` : '') +
        (s.unclassifiedCount ? `, ${s.unclassifiedCount} oklassade` : '') +
        (over(s).length ? `. Innehåller mer än tillåtet i ${over(s).join(', ')}.` : ''),
    ]),
  );
  heading(doc, 'Bedömningar per tjänst', 2, 60 + 23 * d.services.length);
  stackedBars(
    doc,
    d.services.filter((s) => s.assetCount > 0).map((s) => ({
      label: s.name,
      segments: verdicts.map((v) => ({ value: s.verdicts[v] ?? 0, color: verdictColors[v].fill, textColor: verdictColors[v].text })),
    })),
    verdicts.map((v) => ({ label: verdictSv(v), color: verdictColors[v].fill })),
    150,
  );
}

export function violationsSection(doc: Doc, d: ReportData): void {
  heading(doc, '6. Avvikelser');
  if (!d.violations.length) return paragraph(doc, 'Inga placeringar strider mot regeluppsättningen eller saknar nödvändigt beslut.');
  paragraph(doc, 'Placeringar som inte är tillåtna, eller som kräver juridisk bedömning utan att ett beslut har dokumenterats. De allvarligaste först.', { size: 9, color: MUTED });
  table(
    doc,
    [
      { header: 'Informationsmängd', width: 105 },
      { header: 'Tjänst', width: 92 },
      { header: 'Bedömning', width: 62 },
      { header: 'Regler', width: 40 },
      { header: 'Skäl', width: 136 },
      { header: 'Beslut', width: 60 },
    ],
    d.violations.map((v) => [`${v.assetName} (${v.departmentCode})`, v.serviceName, verdictCell(v.verdict), v.rules.join(', '), v.reasons.join(' '), v.decisionNote]),
  );
}

export function conditionsSection(doc: Doc, d: ReportData): void {
  heading(doc, '7. Villkor att uppfylla');
  if (!d.conditions.length) return paragraph(doc, 'Inga villkor följer av placeringarna.');
  paragraph(doc, 'Villkoren gäller placeringar som är tillåtna med villkor eller väntar på bedömning; varje villkor visas en gång per tjänst.', { size: 9, color: MUTED });
  for (const s of d.conditions) {
    heading(doc, s.serviceName, 2);
    table(
      doc,
      [{ header: 'Villkor', width: 250 }, { header: 'Regel', width: 40 }, { header: 'Gäller informationsmängderna', width: 205 }],
      s.items.map((c) => [c.text, c.ruleId, c.assets.join(', ')]),
    );
  }
}

export function risksSection(doc: Doc, d: ReportData): void {
  heading(doc, '8. Risker och riskacceptanser');
  const r = d.risks;
  if (!r || (!r.scenarios.length && !r.acceptances.length)) return paragraph(doc, NO_RISKS);
  if (r.heat) {
    heading(doc, 'Riskkarta (kvarstående risk)', 2);
    heatMap(doc, r.heat);
  }
  if (r.scenarios.length) {
    heading(doc, 'Riskscenarier', 2);
    table(
      doc,
      [{ header: 'Scenario', width: 130 }, { header: 'Gäller', width: 95 }, { header: 'S × K', width: 40 }, { header: 'Nivå', width: 60 }, { header: 'Behandling', width: 105 }, { header: 'Ägare', width: 65 }],
      r.scenarios.map((s) => [s.title, s.subject, `${s.likelihood} × ${s.consequence}`, { text: s.level, ...(s.color ? { fill: s.color } : {}) }, s.treatment, s.owner]),
    );
  }
  if (r.acceptances.length) {
    heading(doc, 'Riskacceptanser', 2);
    const state = { created: 'Skapad', submitted: 'Inskickad', accepted: 'Accepterad', rejected: 'Avslagen', revoked: 'Återkallad' } as const;
    table(
      doc,
      [{ header: 'Scenario', width: 130 }, { header: 'Beslutsfattare', width: 85 }, { header: 'Motivering', width: 160 }, { header: 'Giltig till', width: 60 }, { header: 'Status', width: 60 }],
      r.acceptances.map((a) => [a.scenario, a.approver, a.justification, a.expires, state[a.state]]),
    );
  }
}

export function decisionsSection(doc: Doc, d: ReportData): void {
  heading(doc, '9. Fattade beslut');
  if (!d.decisions.length) return paragraph(doc, 'Inga placeringsbeslut har registrerats.');
  table(
    doc,
    [
      { header: 'Informationsmängd', width: 100 },
      { header: 'Tjänst', width: 85 },
      { header: 'Beslut', width: 68 },
      { header: 'Motivering', width: 122 },
      { header: 'Beslutat av, datum', width: 70 },
      { header: 'Status', width: 50 },
    ],
    d.decisions.map((x) => [
      x.assetName,
      x.serviceName,
      verdictCell(x.verdict),
      x.reason || (x.decision === 'confirmed' ? 'Bedömningen bekräftad' : '–'),
      `${x.decidedBy}, ${x.decidedOn} (${x.ruleSet})`,
      x.status === 'needs_review' ? { text: 'Behöver omprövas', bold: true, color: '#B3261E' } : 'Gällande',
    ]),
  );
}

export function appendixSection(doc: Doc, d: ReportData): void {
  doc.addPage();
  heading(doc, `Bilaga: regeluppsättningen ${d.ruleSet.name} ${d.ruleSet.version}`);
  paragraph(doc, d.ruleSet.description, { size: 9, color: MUTED });
  table(
    doc,
    [{ header: 'Regel', width: 34 }, { header: 'Rubrik', width: 100 }, { header: 'Utfall', width: 66 }, { header: 'Skäl', width: 190 }, { header: 'Grund', width: 105 }],
    d.rules.map((r) => [r.id, r.title, r.verdict ? verdictCell(r.verdict) : 'Höjer nivån', r.reason, r.basis.join('; ')]),
  );
  heading(doc, 'Om underlaget', 2);
  paragraph(doc, DISCLAIMER, { size: 9 });
  bullets(doc, [`Framtaget ${d.producedOn} av ${d.producedBy} med infovakt.`, `Regeluppsättning: ${d.ruleSet.id} version ${d.ruleSet.version} (${d.ruleSet.status}${d.ruleSet.publishedOn ? `, publicerad ${d.ruleSet.publishedOn}` : ''}).`]);
}
