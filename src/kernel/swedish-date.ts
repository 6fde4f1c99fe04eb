// Calendar dates as a Swedish municipality keeps them: a moment counts by its date in Sweden. The
// UTC date is a day behind between midnight and 01:00 (02:00 in summer) Swedish time — a decision
// taken, a report or export made, or an acceptance checked then would carry yesterday's date.
// Pure: the server and the browser share it.
const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The date in Sweden of `at` (default now), as YYYY-MM-DD; a YYYY-MM-DD string is already one. */
export function swedishDate(at: Date | string = new Date()): string {
  if (typeof at === 'string' && DAY.test(at)) return at;
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(at)}`);
  return stockholm.format(date);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `day` (YYYY-MM-DD) plus whole months; a day missing in the target month becomes its last (29 Feb + 12 months → 28 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, lastDay))}`;
}

/** `day` (YYYY-MM-DD) plus whole days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
