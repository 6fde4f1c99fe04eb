// Charts drawn with pdfkit's vector primitives (pdfkit has no SVG import): horizontal stacked bars
// with a legend, and a risk heat map. Every figure also carries its numbers, so colour is not the
// only carrier of meaning.
import { FONT, FONT_BOLD, INK, MUTED, RULE, contentWidth, ensureRoom, type Doc } from './layout.js';

export interface Segment {
  value: number;
  color: string;
  textColor: string;
}
export interface BarRow {
  label: string;
  segments: Segment[];
}

const BAR_H = 16;
const GAP = 7;

/** One bar per row, segments proportional to the row's total; the total is printed after the bar. */
export function stackedBars(doc: Doc, rows: readonly BarRow[], legend: readonly { label: string; color: string }[], labelWidth = 130): void {
  const x0 = doc.page.margins.left;
  const barW = contentWidth(doc) - labelWidth - 36;
  const max = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  ensureRoom(doc, rows.length * (BAR_H + GAP) + 50);
  let y = doc.y + 4;
  for (const row of rows) {
    // Long names take two lines beside the bar rather than being cut.
    doc.font(FONT).fontSize(7.5).fillColor(INK);
    const twoLines = doc.widthOfString(row.label) > labelWidth - 8;
    doc.text(row.label, x0, twoLines ? y - 1 : y + 4, { width: labelWidth - 8, height: 19, ellipsis: true });
    let x = x0 + labelWidth;
    doc.rect(x, y, barW, BAR_H).lineWidth(0.4).strokeColor(RULE).stroke();
    let total = 0;
    for (const s of row.segments) {
      if (s.value <= 0) continue;
      const w = (s.value / max) * barW;
      doc.rect(x, y, w, BAR_H).fillColor(s.color).fill();
      if (w >= 14) {
        doc.font(FONT_BOLD).fontSize(7.5).fillColor(s.textColor);
        doc.text(String(s.value), x, y + 4.5, { width: w, align: 'center', lineBreak: false });
      }
      x += w;
      total += s.value;
    }
    doc.font(FONT).fontSize(8).fillColor(MUTED);
    doc.text(String(total), x0 + labelWidth + barW + 4, y + 4, { width: 30, lineBreak: false });
    y += BAR_H + GAP;
  }
  // Legend: a swatch and a name per colour, wrapping across the width.
  let lx = x0 + labelWidth;
  y += 2;
  doc.font(FONT).fontSize(7.5);
  for (const item of legend) {
    const w = doc.widthOfString(item.label) + 22;
    if (lx + w > x0 + contentWidth(doc)) {
      lx = x0 + labelWidth;
      y += 13;
    }
    doc.rect(lx, y, 9, 9).fillColor(item.color).fill();
    doc.fillColor(INK).text(item.label, lx + 12, y + 1, { lineBreak: false });
    lx += w;
  }
  doc.x = x0;
  doc.y = y + 22;
}

/** Colour of a heat-map cell by its score (likelihood × consequence on a 5×5 matrix). */
function heatColor(score: number): { fill: string; text: string } {
  if (score >= 15) return { fill: '#B3261E', text: '#FFFFFF' };
  if (score >= 8) return { fill: '#E8833A', text: '#1F2933' };
  if (score >= 4) return { fill: '#F6D78B', text: '#1F2933' };
  return { fill: '#A8D5A2', text: '#1F2933' };
}

/** A likelihood (rows, high at the top) × consequence (columns) grid with the count in each cell. */
export function heatMap(doc: Doc, heat: readonly (readonly number[])[]): void {
  const n = heat.length;
  const cell = 34;
  const x0 = doc.page.margins.left + 70;
  ensureRoom(doc, n * cell + 50);
  const y0 = doc.y + 4;
  for (let l = n; l >= 1; l--) {
    const y = y0 + (n - l) * cell;
    doc.font(FONT).fontSize(8).fillColor(INK).text(String(l), x0 - 16, y + cell / 2 - 4, { width: 12, align: 'right', lineBreak: false });
    for (let c = 1; c <= heat[l - 1]!.length; c++) {
      const x = x0 + (c - 1) * cell;
      const color = heatColor(l * c);
      doc.rect(x, y, cell, cell).fillColor(color.fill).fill();
      doc.rect(x, y, cell, cell).lineWidth(0.6).strokeColor('#FFFFFF').stroke();
      const count = heat[l - 1]![c - 1] ?? 0;
      if (count) doc.font(FONT_BOLD).fontSize(10).fillColor(color.text).text(String(count), x, y + cell / 2 - 5, { width: cell, align: 'center', lineBreak: false });
    }
  }
  const yAxis = y0 + n * cell + 4;
  for (let c = 1; c <= n; c++) doc.font(FONT).fontSize(8).fillColor(INK).text(String(c), x0 + (c - 1) * cell, yAxis, { width: cell, align: 'center', lineBreak: false });
  doc.fontSize(8).fillColor(MUTED).text('Konsekvens →', x0, yAxis + 12, { lineBreak: false });
  doc.save().rotate(-90, { origin: [x0 - 40, y0 + (n * cell) / 2 + 30] });
  doc.text('Sannolikhet →', x0 - 40, y0 + (n * cell) / 2 + 30, { lineBreak: false });
  doc.restore();
  doc.x = doc.page.margins.left;
  doc.y = yAxis + 34;
}
