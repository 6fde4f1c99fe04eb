// One workbook row → a plain object for the model schema. Cells in readable Swedish formats are
// parsed here; anything the schema can check (lengths, required text) is left to the schema.
import type { AssetColumn, DepartmentColumn } from './map-sheets.js';
import {
  art9Labels,
  assetStatusLabels,
  classificationStateLabels,
  departmentKindLabels,
  labelList,
  parseLabel,
  parseList,
  parseOsl,
  parseYesNo,
  securityClassLabels,
} from './cell-formats.js';

export type RowProblem<Key extends string> = { column: Key; message: string };
type Row<Key extends string> = { value: Record<string, unknown>; problems: RowProblem<Key>[] };

export function readDepartmentRow(cells: Partial<Record<DepartmentColumn, string>>): Row<DepartmentColumn> {
  const problems: RowProblem<DepartmentColumn>[] = [];
  const text = (key: DepartmentColumn) => cells[key] ?? '';
  const kindText = text('kind').trim();
  const kind = kindText === '' ? 'forvaltning' : parseLabel(departmentKindLabels, kindText);
  if (kind === null) problems.push({ column: 'kind', message: `Okänd typ "${kindText}": använd ${labelList(departmentKindLabels)}.` });
  const description = text('description');
  return {
    value: {
      code: text('code'),
      name: text('name'),
      kind: kind ?? kindText,
      functions: parseList(text('functions')),
      ...(description.trim() === '' ? {} : { description }),
    },
    problems,
  };
}

export function readAssetRow(cells: Partial<Record<AssetColumn, string>>): Row<AssetColumn> {
  const problems: RowProblem<AssetColumn>[] = [];
  const text = (key: AssetColumn) => cells[key] ?? '';
  const problem = (column: AssetColumn, message: string) => problems.push({ column, message });

  const yesNo = (key: AssetColumn): boolean => {
    const value = parseYesNo(text(key));
    if (value === null) problem(key, `Skriv "ja" eller "nej", inte "${text(key).trim()}".`);
    return value ?? false;
  };
  const label = <Id extends string>(key: AssetColumn, labels: Record<Id, string>, fallback: Id): Id => {
    const raw = text(key).trim();
    if (raw === '') return fallback;
    const id = parseLabel(labels, raw);
    if (id === null) problem(key, `Okänt värde "${raw}": använd ${labelList(labels)}.`);
    return id ?? fallback;
  };

  const osl = parseOsl(text('osl'));
  if (!osl.ok) problem('osl', osl.message);

  const art9: string[] = [];
  for (const item of parseList(text('gdprArt9'))) {
    const id = parseLabel(art9Labels, item);
    if (id === null) problem('gdprArt9', `Okänd kategori enligt art. 9 "${item}": använd ${labelList(art9Labels)}.`);
    else art9.push(id);
  }

  const reviewDue = text('reviewDue').trim();
  const templateId = text('templateId').trim();

  return {
    value: {
      ref: text('ref').trim(),
      department: text('department').trim(),
      name: text('name'),
      description: text('description'),
      process: text('process'),
      ownerRole: text('ownerRole'),
      purpose: text('purpose'),
      volume: text('volume'),
      retention: text('retention'),
      personalDataCategories: parseList(text('personalDataCategories')),
      legal: {
        osl: osl.ok ? osl.value : [],
        personalData: yesNo('personalData'),
        gdprArt9: art9,
        gdprArt10: yesNo('gdprArt10'),
        identityNumbers: yesNo('identityNumbers'),
        protectedIdentity: yesNo('protectedIdentity'),
        securityClass: label('securityClass', securityClassLabels, 'none'),
        aggregated: yesNo('aggregated'),
      },
      levels: readLevels(text, problem),
      classificationState: label('classificationState', classificationStateLabels, 'unclassified'),
      reviewDue: reviewDue === '' ? null : reviewDue,
      status: label('status', assetStatusLabels, 'draft'),
      templateId: templateId === '' ? null : templateId,
    },
    problems,
  };
}

const levelKeys = ['K', 'R', 'T', 'S'] as const;

/** All four levels or none (unclassified); each one an integer 0–4. */
function readLevels(
  text: (key: AssetColumn) => string,
  problem: (column: AssetColumn, message: string) => void,
): Record<(typeof levelKeys)[number], number> | null {
  const raw = levelKeys.map((key) => text(key).trim());
  if (raw.every((r) => r === '')) return null;
  const levels = { K: 0, R: 0, T: 0, S: 0 };
  levelKeys.forEach((key, i) => {
    const r = raw[i] ?? '';
    if (r === '') {
      problem(key, 'Nivå saknas: ange alla fyra nivåer K, R, T och S, eller lämna alla tomma (oklassad).');
      return;
    }
    const n = Number(r.replace(',', '.'));
    if (!Number.isInteger(n) || n < 0 || n > 4) {
      problem(key, `Nivån "${r}" är ogiltig: ange en konsekvensnivå som heltal 0–4.`);
      return;
    }
    levels[key] = n;
  });
  return levels;
}
