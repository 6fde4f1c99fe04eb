// Import problems: one shape for xlsx, JSON and records-plan imports, so the API and UI show them alike.

export type ImportProblem = {
  /** Sheet name for workbooks; null for JSON and for file-level problems. */
  sheet: string | null;
  /** Row number as Excel shows it (1-based); null when the problem is not about one row. */
  row: number | null;
  /** Column header (xlsx) or field path (JSON, e.g. "assets[3].legal.osl[0].ref"). */
  column: string | null;
  /** Swedish, for the user. */
  message: string;
};

export type ImportResult<T> = { ok: true; snapshot: T } | { ok: false; problems: ImportProblem[] };

/** Enough to fix a file in one go without flooding the UI (or memory) on a hostile file. */
export const MAX_PROBLEMS = 200;

/** Collects problems up to a bound; the bound itself is reported once as a last problem. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  private truncated = false;

  constructor(private readonly max = MAX_PROBLEMS) {}

  add(sheet: string | null, row: number | null, column: string | null, message: string): void {
    if (this.items.length < this.max) {
      this.items.push({ sheet, row, column, message });
    } else if (!this.truncated) {
      this.truncated = true;
      this.items.push({ sheet: null, row: null, column: null, message: `För många fel: visar de första ${this.max}.` });
    }
  }

  addAll(problems: readonly ImportProblem[]): void {
    for (const p of problems) this.add(p.sheet, p.row, p.column, p.message);
  }

  get full(): boolean {
    return this.truncated;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }
}

/** A single file-level problem, e.g. "not an xlsx file". */
export function fileProblem(message: string): ImportProblem {
  return { sheet: null, row: null, column: null, message };
}
