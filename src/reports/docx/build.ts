// The decision basis as a Word document: an editable copy of the pdf, so the secretariat can add
// it to the board's papers and write the proposed decision around it.
import { AlignmentType, Document, Footer, Header, Packer, Paragraph, TabStopType, TextRun, PageNumber } from 'docx';
import { verdicts } from '../../placement/model.js';
import type { ReportData } from '../model.js';
import { boardSummary, scopeLabel, verdictColors, verdictSv } from '../texts.js';
import { ACCENT, CONTENT_WIDTH, MUTED, bullet, gap, h1, h2, para, table, type CellSpec } from './parts.js';
import {
  appendixSection, conditionsSection, decisionsSection, distributionSection, mapSection, risksSection, servicesSection, violationsSection,
} from './sections.js';

function titlePage(d: ReportData): Paragraph[] {
  const line = (label: string, value: string) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: 2600 }],
      spacing: { after: 80 },
      children: [new TextRun({ text: label, bold: true }), new TextRun({ text: `\t${value}` })],
    });
  return [
    new Paragraph({ spacing: { before: 2400, after: 200 }, children: [new TextRun({ text: 'Beslutsunderlag', allCaps: true, bold: true, color: ACCENT, size: 22, characterSpacing: 40 })] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: 'Informationsklassning och molnplacering', bold: true, size: 48 })] }),
    new Paragraph({ children: [new TextRun({ text: d.department ? d.department.name : d.municipality, color: ACCENT, size: 32 })] }),
    new Paragraph({ spacing: { after: 600 }, children: [new TextRun({ text: d.department ? d.municipality : 'Hela kommunen', color: MUTED, size: 22 })] }),
    line('Omfattning', scopeLabel(d)),
    line('Datum', d.producedOn),
    line('Framtaget av', d.producedBy),
    line('Regeluppsättning', `${d.ruleSet.name} (${d.ruleSet.id})`),
    line('Version', `${d.ruleSet.version}, ${d.ruleSet.status}${d.ruleSet.publishedOn ? ` ${d.ruleSet.publishedOn}` : ''}`),
    new Paragraph({
      spacing: { before: 1600 },
      children: [new TextRun({ text: 'Underlaget dokumenterar kommunens kartläggning, bedömningar och beslut. Det är inte juridisk rådgivning (se bilagan).', color: MUTED, size: 16 })],
    }),
  ];
}

function summarySection(d: ReportData) {
  const s = d.summary;
  const { paragraphs, serious } = boardSummary(d);
  const figure = (n: number, label: string, alarm = false): CellSpec => ({ text: `${n}\n${label}`, bold: true, center: true, ...(alarm ? { fill: verdictColors.not_allowed.fill, color: '#FFFFFF' } : { fill: '#F0F4F8' }) });
  return [
    h1('1. Sammanfattning för beslutsfattare', true),
    table(
      [{ header: 'Informationsmängder', share: 0.25 }, { header: 'Klassade', share: 0.25 }, { header: 'Placeringar', share: 0.25 }, { header: 'Avvikelser', share: 0.25 }],
      [[figure(s.assets, 'totalt'), figure(s.classified, `${s.approved} godkända`), figure(s.placements, `i ${s.services} tjänster`), figure(s.violations, 'att åtgärda eller besluta', s.violations > 0)]],
    ),
    gap(),
    ...paragraphs.map((p) => para(p)),
    ...(serious.length ? [h2('De allvarligaste avvikelserna'), ...serious.map(bullet)] : []),
    h2('Placeringarnas bedömning'),
    table(
      verdicts.map((v) => ({ header: verdictSv(v), share: 0.25 })),
      [verdicts.map((v): CellSpec => ({ text: String(s.verdictCounts[v]), fill: verdictColors[v].fill, color: verdictColors[v].text, bold: true, center: true }))],
    ),
    gap(),
    h1('2. Underlagets omfattning'),
    para(`${scopeLabel(d)}. Bedömningarna är gjorda med regeluppsättningen "${d.ruleSet.name}" version ${d.ruleSet.version}.`),
    table(
      [{ header: 'Förvaltning', share: 0.44 }, { header: 'Kod', share: 0.1 }, { header: 'Informationsmängder', share: 0.2 }, { header: 'Klassade', share: 0.12 }, { header: 'Avvikelser', share: 0.14 }],
      [
        ...d.departments.map((x) => [x.name, x.code, String(x.assets), String(x.classified), x.violations ? { text: String(x.violations), bold: true, color: '#B3261E' } : '0']),
        ...(d.departments.length > 1 ? [[{ text: 'Totalt', bold: true }, '', String(s.assets), String(s.classified), String(s.violations)]] : []),
      ],
    ),
    gap(),
  ];
}

export async function buildDocx(d: ReportData): Promise<Buffer> {
  const headerText = `Beslutsunderlag – ${d.department ? `${d.department.name}, ` : ''}${d.municipality}`;
  const small = { size: 15, color: MUTED };
  const doc = new Document({
    creator: d.producedBy,
    title: `${d.title} – ${d.department?.name ?? d.municipality}`,
    description: `Regeluppsättning ${d.ruleSet.id} ${d.ruleSet.version}`,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 20 } },
        heading1: { run: { font: 'Calibri', size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
        heading2: { run: { font: 'Calibri', size: 23, bold: true }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }], children: [new TextRun({ text: headerText, ...small }), new TextRun({ text: `\t${d.producedOn}`, ...small })] })],
          }),
        },
        footers: {
          first: new Footer({ children: [] }),
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
                children: [
                  new TextRun({ text: `infovakt · regeluppsättning ${d.ruleSet.id} ${d.ruleSet.version} · ej juridisk rådgivning`, ...small }),
                  new TextRun({ children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...titlePage(d),
          ...summarySection(d),
          ...mapSection(d),
          ...distributionSection(d),
          ...servicesSection(d),
          ...violationsSection(d),
          ...conditionsSection(d),
          ...risksSection(d),
          ...decisionsSection(d),
          ...appendixSection(d),
          new Paragraph({ alignment: AlignmentType.LEFT, children: [] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
