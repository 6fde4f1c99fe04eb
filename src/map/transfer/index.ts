// Import and export of the information map: pure functions over bytes and MapSnapshot, no database.
export { ProblemList, MAX_PROBLEMS, type ImportProblem, type ImportResult } from './problems.js';
export { snapshotToXlsx } from './xlsx-export.js';
export { xlsxToSnapshot, MAX_ROWS } from './xlsx-import.js';
export { snapshotToJson, jsonToSnapshot, validateSnapshot, MAX_JSON_BYTES } from './json.js';
export { parseMapFile } from './parse-map-file.js';
export { MAX_FILE_BYTES } from './workbook-reader.js';
export { SHEET_ABOUT, SHEET_ASSETS, SHEET_DEPARTMENTS, assetColumns, departmentColumns } from './map-sheets.js';
export { previewRecordsPlan, type RecordsPlanPreview, type RecordsPlanSheetPreview } from './records-plan/preview.js';
export { importRecordsPlan, type RecordsPlanDraft, type RecordsPlanImport } from './records-plan/import.js';
export { RecordsPlanMapping, DepartmentMap, suggestMapping } from './records-plan/mapping.js';
export { retentionRule } from './records-plan/retention.js';
export { buildSamplePlan } from './records-plan/sample-plan.js';
