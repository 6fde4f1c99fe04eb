// MapSnapshot ⇄ JSON. The JSON is the MapSnapshot itself; problems name the field path as column.
import { MapSnapshot } from '../model.js';
import { ProblemList, fileProblem, type ImportProblem, type ImportResult } from './problems.js';
import { checkSnapshotRules } from './snapshot-rules.js';
import { issueMessage, issuePath } from './zod-problems.js';

export const MAX_JSON_BYTES = 50 * 1024 * 1024;

export function snapshotToJson(snapshot: MapSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** Parses and validates JSON text or bytes; never throws. */
export function jsonToSnapshot(input: string | Uint8Array): ImportResult<MapSnapshot> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_JSON_BYTES) return failure(fileProblem(`Filen är för stor (högst ${MAX_JSON_BYTES / 1024 / 1024} MB).`));
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return failure(fileProblem('Filen är inte UTF-8-kodad text och kan inte läsas som JSON.'));
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return failure(fileProblem(`Filen är inte giltig JSON: ${error instanceof Error ? error.message : String(error)}`));
  }
  return validateSnapshot(value);
}

/** Validates an already parsed value (e.g. an API body) as a MapSnapshot, all problems at once. */
export function validateSnapshot(value: unknown): ImportResult<MapSnapshot> {
  const problems = new ProblemList();
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== 'infovakt-map') {
    problems.add(null, null, 'format', 'Filen är inte en export av informationskartan från infovakt (format ska vara "infovakt-map").');
    return { ok: false, problems: problems.items };
  }
  const parsed = MapSnapshot.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(null, null, issuePath(issue.path) || null, issueMessage(issue));
    return { ok: false, problems: problems.items };
  }
  const snapshot = parsed.data;
  checkSnapshotRules(
    snapshot.departments,
    snapshot.assets,
    (kind, index, field) => ({ sheet: null, row: null, column: `${kind === 'department' ? 'departments' : 'assets'}[${index}].${field}` }),
    problems,
  );
  return problems.empty ? { ok: true, snapshot } : { ok: false, problems: problems.items };
}

function failure(problem: ImportProblem): ImportResult<MapSnapshot> {
  return { ok: false, problems: [problem] };
}
