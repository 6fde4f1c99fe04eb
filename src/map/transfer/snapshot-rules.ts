// Checks across records that a schema cannot express: references, uniqueness, consistent state.
// Shared by the xlsx and JSON imports; `where` turns a record and field into a problem location.
import type { DepartmentInput, SnapshotAsset } from '../model.js';
import type { ProblemList } from './problems.js';

export type Locate = (
  kind: 'department' | 'asset',
  index: number,
  field: string,
) => { sheet: string | null; row: number | null; column: string | null };

export function checkSnapshotRules(
  departments: readonly DepartmentInput[],
  assets: readonly SnapshotAsset[],
  locate: Locate,
  problems: ProblemList,
): void {
  const report = (kind: 'department' | 'asset', index: number, field: string, message: string) => {
    const at = locate(kind, index, field);
    problems.add(at.sheet, at.row, at.column, message);
  };

  const codes = new Map<string, number>();
  departments.forEach((d, i) => {
    const first = codes.get(d.code);
    if (first !== undefined) report('department', i, 'code', `Förvaltningskoden "${d.code}" förekommer mer än en gång.`);
    else codes.set(d.code, i);
  });

  const refs = new Set<string>();
  assets.forEach((a, i) => {
    if (!codes.has(a.department)) {
      report('asset', i, 'department', `Okänd förvaltningskod "${a.department}": den finns inte bland förvaltningarna.`);
    }
    if (a.ref !== '') {
      if (refs.has(a.ref)) report('asset', i, 'ref', `Referensen "${a.ref}" förekommer mer än en gång.`);
      refs.add(a.ref);
    }
    if (a.levels === null && a.classificationState !== 'unclassified') {
      report('asset', i, 'classificationState', 'En klassad informationsmängd måste ha nivåer för K, R, T och S.');
    }
    if (a.levels !== null && a.classificationState === 'unclassified') {
      report('asset', i, 'classificationState', 'Nivåer är angivna men klassningsstatus är "oklassad": ange utkast eller godkänd.');
    }
    if (a.reviewDue !== null && !isIsoDate(a.reviewDue)) {
      report('asset', i, 'reviewDue', `Datumet "${a.reviewDue}" ska skrivas ÅÅÅÅ-MM-DD.`);
    }
  });
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === match[0];
}
