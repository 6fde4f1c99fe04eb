// A realistic records-management plan (dokumenthanteringsplan) of the demo municipality: two
// department sheets with title rows, Klassa-style process headings, merged cells, 30+ document types.
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';

export const SAMPLE_PLAN_HEADERS = ['Klassificering', 'Process', 'Handlingstyp', 'Bevara/Gallra', 'Gallringsfrist', 'Förvaring', 'Kommentar'];

/** A heading row (process) or a document row: [type, decision, period, storage, comment]. */
type Entry = { heading: string } | { process?: [code: string, name: string]; docs: [string, string, string, string, string][] };

const social: Entry[] = [
  { heading: '1 Styra och leda verksamheten' },
  { heading: '1.1 Planera och följa upp verksamheten' },
  { docs: [
    ['Verksamhetsplan', 'B', '', 'Diariet', ''],
    ['Verksamhetsberättelse', 'B', '', 'Diariet', ''],
    ['Internkontrollplan', 'B', '', 'Diariet', 'Antas av nämnden årligen'],
    ['Arbetsmaterial till verksamhetsplan', 'G', 'vid inaktualitet', 'Teams', ''],
  ] },
  { heading: '1.2 Nämndadministration' },
  { docs: [
    ['Protokoll, socialnämnden', 'B', '', 'Diariet', 'Original på arkivbeständigt papper'],
    ['Protokoll, individutskottet', 'B', '', 'Diariet', 'Sekretess kan förekomma'],
    ['Kallelse och föredragningslista', 'G', '2 år', 'Diariet', ''],
    ['Delegationsbeslut, förteckning', 'B', '', 'Treserva', ''],
  ] },
  { heading: '3 Ge stöd till barn, unga och familjer' },
  { process: ['3.1', 'Utreda barn och unga'], docs: [
    ['Orosanmälan', 'B', '', 'Treserva', 'Bevaras för barn födda den 5, 15 och 25; övriga gallras 5 år efter sista anteckning'],
    ['Utredning enligt 11 kap. 1 § SoL', 'B', '', 'Treserva', ''],
    ['Journalanteckningar', 'G', '5 år efter sista anteckning', 'Treserva', 'Undantag enligt SoL'],
    ['Beslut om insats', 'B', '', 'Treserva', ''],
  ] },
  { process: ['3.2', 'Placera barn och unga (LVU)'], docs: [
    ['Ansökan om vård enligt LVU', 'B', '', 'Treserva', ''],
    ['Dom från förvaltningsrätten', 'B', '', 'Treserva', ''],
    ['Vårdplan', 'B', '', 'Treserva', ''],
    ['Genomförandeplan', 'G', '5 år efter avslutad insats', 'Treserva', ''],
  ] },
  { heading: '4 Ekonomiskt bistånd' },
  { heading: '4.1 Handlägga ansökan om ekonomiskt bistånd' },
  { docs: [
    ['Ansökan om ekonomiskt bistånd', 'G', '5 år', 'Treserva', ''],
    ['Läkarintyg', 'G', '5 år', 'Treserva', 'Känsliga personuppgifter (hälsa)'],
    ['Beslut om ekonomiskt bistånd', 'G', '5 år', 'Treserva', ''],
  ] },
];

const planning: Entry[] = [
  { heading: '1 Styra och leda verksamheten' },
  { heading: '1.2 Nämndadministration' },
  { docs: [
    ['Protokoll, byggnadsnämnden', 'B', '', 'Diariet', ''],
    ['Minnesanteckningar från arbetsutskott', 'G', 'vid inaktualitet', 'Teams', ''],
  ] },
  { heading: '2 Planera och bygga' },
  { process: ['2.1', 'Upprätta detaljplaner'], docs: [
    ['Planbeskrivning', 'B', '', 'Planarkivet', ''],
    ['Plankarta', 'B', '', 'Planarkivet', 'Rättsverkan: riktighet avgörande'],
    ['Samrådsredogörelse', 'B', '', 'Planarkivet', ''],
    ['Yttranden från sakägare', 'B', '', 'Diariet', ''],
  ] },
  { process: ['2.3', 'Handlägga bygglov'], docs: [
    ['Ansökan om bygglov', 'B', '', 'Castor', ''],
    ['Ritningar', 'B', '', 'Castor', 'Skyddsobjekt: 18:8 OSL kan gälla'],
    ['Beslut om bygglov', 'B', '', 'Castor', ''],
    ['Startbesked', 'B', '', 'Castor', ''],
    ['Följebrev och kvittenser', 'G', 'vid inaktualitet', 'Castor', ''],
  ] },
  { heading: '2.5 Förvalta grundkarta och ledningsnät' },
  { docs: [
    ['Grundkarta', 'B', '', 'GIS', ''],
    ['Ledningskartor el och fjärrvärme', 'G', 'när ny version upprättats', 'GIS', 'Kan vara säkerhetsskyddsklassificerad'],
    ['Nybyggnadskarta', 'G', '10 år', 'GIS', ''],
    ['Utdrag ur fastighetsregistret', 'G', '2 år', 'GIS', ''],
  ] },
];

export function buildSamplePlan(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Exempelkommun';
  // Fixed document properties; the zip entry times still change on each run.
  workbook.created = workbook.modified = new Date('2024-03-12T00:00:00Z');
  addInstructions(workbook);
  addDepartmentSheet(workbook, 'Socialförvaltningen', ['Dokumenthanteringsplan – Socialnämnden', 'Exempelkommun. Antagen av socialnämnden 2024-03-12, § 45. Dnr SN 2024/118.', ''], social);
  addDepartmentSheet(workbook, 'Samhällsbyggnad', ['Informationshanteringsplan – Byggnadsnämnden', 'Exempelkommun. Antagen 2023-11-20, § 112.'], planning);
  return workbook;
}

function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('Läs först');
  sheet.getColumn(1).width = 100;
  sheet.addRows([
    ['Exempel på dokumenthanteringsplan för import i infovakt'],
    ['Ett blad per förvaltning. B = bevaras, G = gallras (se gallringsfrist).'],
    ['Processerna följer Klassa-strukturen: rubrikrader saknar handlingstyp.'],
  ]);
  sheet.getCell('A1').font = { bold: true, size: 14 };
}

function addDepartmentSheet(workbook: ExcelJS.Workbook, name: string, titles: string[], entries: Entry[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: titles.length + 1 }] });
  const lastCol = SAMPLE_PLAN_HEADERS.length;
  titles.forEach((title, i) => {
    const row = sheet.addRow([title]);
    if (title !== '') sheet.mergeCells(row.number, 1, row.number, lastCol);
    if (i === 0) row.font = { bold: true, size: 14 };
  });
  const header = sheet.addRow(SAMPLE_PLAN_HEADERS);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  [14, 34, 40, 14, 26, 14, 46].forEach((width, i) => (sheet.getColumn(i + 1).width = width));

  for (const entry of entries) {
    if ('heading' in entry) {
      // Heading merged across the whole row, as many municipalities lay out their plans.
      const row = sheet.addRow([entry.heading]);
      sheet.mergeCells(row.number, 1, row.number, lastCol);
      row.font = { bold: true };
      row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
      continue;
    }
    const first = sheet.rowCount + 1;
    for (const [type, decision, period, storage, comment] of entry.docs) {
      sheet.addRow(entry.process ? [entry.process[0], entry.process[1], type, decision, period, storage, comment] : ['', '', type, decision, period, storage, comment]);
    }
    if (entry.process && entry.docs.length > 1) {
      // The process code and name merged down beside their document types.
      sheet.mergeCells(first, 1, sheet.rowCount, 1);
      sheet.mergeCells(first, 2, sheet.rowCount, 2);
    }
  }
}

export function samplePlanDocumentCount(): number {
  return [...social, ...planning].reduce((n, e) => n + ('docs' in e ? e.docs.length : 0), 0);
}
