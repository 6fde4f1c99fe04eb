// A readable retention rule from the plan's one or two columns: "Gallras" + "2 år" → "Gallras efter 2 år".

export function retentionRule(decision: string, period: string): string {
  const d = collapse(decision);
  const p = collapse(period);
  const word = /^(b|bev|bevara|bevaras)\.?$/i.test(d) ? 'Bevaras' : /^(g|gallra|gallras)\.?$/i.test(d) ? 'Gallras' : d;
  if (p === '') return word;
  if (word === 'Gallras') {
    if (/^(vid|när|efter|då|inom)\b/i.test(p)) return `Gallras ${lowerFirst(p)}`;
    if (/^\d/.test(p)) return /\befter\b/i.test(p) ? `Gallras ${p}` : `Gallras efter ${p}`;
  }
  return word === '' ? p : `${word}, ${p}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
