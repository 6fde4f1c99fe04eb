// Calendar dates as a Swedish municipality keeps them: a moment counts by its date in Sweden. The
// UTC date is a day behind between midnight and 01:00 (02:00 in summer) Swedish time — a decision
// taken, a report or export made, or an acceptance checked then would carry yesterday's date.
const stockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in Sweden of `at` (default now), as YYYY-MM-DD. */
export function swedishDate(at: Date | string = new Date()): string {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(at)}`);
  return stockholm.format(date);
}
