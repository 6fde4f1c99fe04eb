// The decision basis as pdf: title page, summary for the board, then the sections and the appendix.
import { verdicts } from '../../placement/model.js';
import type { ReportData } from '../model.js';
import { boardSummary, scopeLabel, verdictColors, verdictSv } from '../texts.js';
import { stackedBars } from './charts.js';
import { ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, bullets, contentWidth, createDocument, heading, paragraph, stampPages, table, toBuffer, type Doc } from './layout.js';
import {
  appendixSection, conditionsSection, decisionsSection, distributionSection, mapSection, risksSection, servicesSection, violationsSection,
} from './sections.js';

const CONTENTS = [
  '1. Sammanfattning för beslutsfattare',
  '2. Underlagets omfattning',
  '3. Kartläggningen med klassning',
  '4. Klassningsfördelning',
  '5. Tjänster: högsta klass som får lagras och som lagras',
  '6. Avvikelser',
  '7. Villkor att uppfylla',
  '8. Risker och riskacceptanser',
  '9. Fattade beslut',
  'Bilaga: regeluppsättningens regler och om underlaget',
];

function titlePage(doc: Doc, d: ReportData): void {
  const x = doc.page.margins.left;
  const w = contentWidth(doc);
  doc.rect(0, 0, doc.page.width, 14).fillColor(ACCENT).fill();
  doc.font(FONT_BOLD).fontSize(10).fillColor(ACCENT).text('BESLUTSUNDERLAG', x, 120, { characterSpacing: 2 });
  doc.moveDown(0.6);
  doc.font(FONT_BOLD).fontSize(24).fillColor(INK).text('Informationsklassning och molnplacering', x, doc.y, { width: w });
  doc.moveDown(0.4);
  doc.font(FONT).fontSize(16).fillColor(ACCENT).text(d.department ? d.department.name : d.municipality, { width: w });
  doc.font(FONT).fontSize(11).fillColor(MUTED).text(d.department ? d.municipality : 'Hela kommunen', { width: w });
  doc.moveDown(1.5);
  const rows: [string, string][] = [
    ['Omfattning', scopeLabel(d)],
    ['Datum', d.producedOn],
    ['Framtaget av', d.producedBy],
    ['Regeluppsättning', `${d.ruleSet.name} (${d.ruleSet.id})`],
    ['Version', `${d.ruleSet.version}, ${d.ruleSet.status}${d.ruleSet.publishedOn ? ` ${d.ruleSet.publishedOn}` : ''}`],
  ];
  for (const [k, v] of rows) {
    const y = doc.y;
    doc.font(FONT_BOLD).fontSize(10).fillColor(INK).text(k, x, y, { width: 130 });
    doc.font(FONT).text(v, x + 130, y, { width: w - 130 });
    doc.moveTo(x, doc.y + 4).lineTo(x + w, doc.y + 4).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.y += 9;
  }
  doc.moveDown(2);
  doc.font(FONT_BOLD).fontSize(11).fillColor(INK).text('Innehåll', x);
  doc.moveDown(0.3);
  doc.font(FONT).fontSize(10);
  for (const line of CONTENTS) doc.text(line, x + 8, doc.y, { lineGap: 3 });
  doc.font(FONT).fontSize(8).fillColor(MUTED).text(
    'Underlaget dokumenterar kommunens kartläggning, bedömningar och beslut. Det är inte juridisk rådgivning (se bilagan).',
    x, doc.page.height - 100, { width: w },
  );
}

/** Four key figures in boxes across the page. */
function keyFigures(doc: Doc, d: ReportData): void {
  const s = d.summary;
  const figures: [string, string, string?][] = [
    [String(s.assets), 'informationsmängder'],
    [`${s.classified}`, `klassade (${s.approved} godkända)`],
    [String(s.placements), `placeringar i ${s.services} tjänster`],
    [String(s.violations), 'avvikelser', s.violations ? verdictColors.not_allowed.fill : undefined],
  ];
  const x0 = doc.page.margins.left;
  const gap = 10;
  const w = (contentWidth(doc) - gap * 3) / 4;
  const y = doc.y;
  figures.forEach(([n, label, color], i) => {
    const x = x0 + i * (w + gap);
    doc.rect(x, y, w, 56).fillColor('#F0F4F8').fill();
    doc.rect(x, y, 3, 56).fillColor(color ?? ACCENT).fill();
    doc.font(FONT_BOLD).fontSize(20).fillColor(color ?? INK).text(n, x + 12, y + 8, { width: w - 16, lineBreak: false });
    doc.font(FONT).fontSize(8).fillColor(MUTED).text(label, x + 12, y + 36, { width: w - 16, lineBreak: false });
  });
  doc.x = x0;
  doc.y = y + 70;
}

function summarySection(doc: Doc, d: ReportData): void {
  heading(doc, '1. Sammanfattning för beslutsfattare');
  keyFigures(doc, d);
  const { paragraphs, serious } = boardSummary(d);
  for (const p of paragraphs) paragraph(doc, p);
  if (serious.length) {
    heading(doc, 'De allvarligaste avvikelserna', 2);
    bullets(doc, serious);
  }
  heading(doc, 'Placeringarnas bedömning', 2);
  stackedBars(
    doc,
    [{ label: 'Alla placeringar', segments: verdicts.map((v) => ({ value: d.summary.verdictCounts[v], color: verdictColors[v].fill, textColor: verdictColors[v].text })) }],
    verdicts.map((v) => ({ label: `${verdictSv(v)} (${d.summary.verdictCounts[v]})`, color: verdictColors[v].fill })),
    110,
  );
}

function scopeSection(doc: Doc, d: ReportData): void {
  heading(doc, '2. Underlagets omfattning');
  paragraph(doc, `${scopeLabel(d)}. Bedömningarna är gjorda med regeluppsättningen "${d.ruleSet.name}" version ${d.ruleSet.version}.`);
  const n = (x: number) => ({ text: String(x), align: 'right' as const });
  table(
    doc,
    [{ header: 'Förvaltning', width: 215 }, { header: 'Kod', width: 50 }, { header: 'Informationsmängder', width: 95 }, { header: 'Klassade', width: 60 }, { header: 'Avvikelser', width: 75 }],
    [
      ...d.departments.map((x) => [x.name, x.code, n(x.assets), n(x.classified), x.violations ? { text: String(x.violations), align: 'right' as const, bold: true, color: '#B3261E' } : n(0)]),
      ...(d.departments.length > 1 ? [[{ text: 'Totalt', bold: true }, '', n(d.summary.assets), n(d.summary.classified), n(d.summary.violations)]] : []),
    ],
  );
}

export async function buildPdf(d: ReportData): Promise<Buffer> {
  const doc = createDocument(`${d.title} – ${d.department?.name ?? d.municipality}`, d.producedBy);
  titlePage(doc, d);
  doc.addPage();
  summarySection(doc, d);
  scopeSection(doc, d);
  mapSection(doc, d);
  distributionSection(doc, d);
  servicesSection(doc, d);
  violationsSection(doc, d);
  conditionsSection(doc, d);
  risksSection(doc, d);
  decisionsSection(doc, d);
  appendixSection(doc, d);
  stampPages(doc, `Beslutsunderlag – ${d.department ? `${d.department.name}, ` : ''}${d.municipality}`, d.producedOn, `infovakt · regeluppsättning ${d.ruleSet.id} ${d.ruleSet.version} · ej juridisk rådgivning`);
  doc.font(FONT);
  return toBuffer(doc);
}
