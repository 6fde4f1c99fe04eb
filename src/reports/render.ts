// One entry point from ReportData to a file in the chosen format, shared by the API and the CLI.
import { buildDocx } from './docx/build.js';
import type { ReportData } from './model.js';
import { buildPdf } from './pdf/build.js';
import { buildXlsx } from './xlsx.js';

export const reportFormats = ['pdf', 'docx', 'xlsx'] as const;
export type ReportFormat = (typeof reportFormats)[number];

const contentTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function renderReport(data: ReportData, format: ReportFormat): Promise<{ bytes: Buffer; contentType: string }> {
  const bytes = format === 'pdf' ? await buildPdf(data) : format === 'docx' ? await buildDocx(data) : await buildXlsx(data);
  return { bytes, contentType: contentTypes[format] };
}

export function isReportFormat(x: string): x is ReportFormat {
  return (reportFormats as readonly string[]).includes(x);
}
