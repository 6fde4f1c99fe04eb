// The fixed list of department functions that templates are tagged with. A department's
// `functions` (src/map/model.ts) picks from this list; the workshop suggests the templates
// whose tags meet the department's. "alla" marks templates that fit every department.

export const templateFunctionIds = [
  'alla',
  'kommunledning',
  'kommunstyrelse',
  'socialtjanst',
  'funktionsstod',
  'vard-omsorg',
  'utbildning',
  'samhallsbyggnad',
  'miljo',
  'teknik',
  'energi',
  'va',
  'renhallning',
  'raddningstjanst',
  'kultur',
  'hr',
  'ekonomi',
  'upphandling',
  'it',
  'overformyndare',
  'valnamnd',
] as const;

export type TemplateFunctionId = (typeof templateFunctionIds)[number];

export interface TemplateFunction {
  id: TemplateFunctionId;
  name: { sv: string; en: string };
}

/** Labels for the UI and the demo, Swedish first. */
export const templateFunctions: readonly TemplateFunction[] = [
  { id: 'alla', name: { sv: 'Alla förvaltningar', en: 'All departments' } },
  { id: 'kommunledning', name: { sv: 'Kommunledning', en: 'Municipal management' } },
  { id: 'kommunstyrelse', name: { sv: 'Kommunstyrelse och nämndadministration', en: 'Municipal executive board and committee administration' } },
  { id: 'socialtjanst', name: { sv: 'Socialtjänst', en: 'Social services' } },
  { id: 'funktionsstod', name: { sv: 'Funktionsstöd (LSS)', en: 'Disability support (LSS)' } },
  { id: 'vard-omsorg', name: { sv: 'Vård och omsorg', en: 'Health and elderly care' } },
  { id: 'utbildning', name: { sv: 'Utbildning (förskola och skola)', en: 'Education (pre-school and school)' } },
  { id: 'samhallsbyggnad', name: { sv: 'Samhällsbyggnad', en: 'Urban planning and building' } },
  { id: 'miljo', name: { sv: 'Miljö- och hälsoskydd, livsmedelstillsyn', en: 'Environmental health and food control' } },
  { id: 'teknik', name: { sv: 'Teknik, gata och parkering', en: 'Technical services, streets and parking' } },
  { id: 'energi', name: { sv: 'Energi (el och fjärrvärme)', en: 'Energy (power and district heating)' } },
  { id: 'va', name: { sv: 'Vatten och avlopp', en: 'Water and sewerage' } },
  { id: 'renhallning', name: { sv: 'Renhållning och avfall', en: 'Waste management' } },
  { id: 'raddningstjanst', name: { sv: 'Räddningstjänst', en: 'Rescue services' } },
  { id: 'kultur', name: { sv: 'Kultur och fritid', en: 'Culture and leisure' } },
  { id: 'hr', name: { sv: 'HR och lön', en: 'HR and payroll' } },
  { id: 'ekonomi', name: { sv: 'Ekonomi', en: 'Finance' } },
  { id: 'upphandling', name: { sv: 'Upphandling', en: 'Procurement' } },
  { id: 'it', name: { sv: 'IT', en: 'IT' } },
  { id: 'overformyndare', name: { sv: 'Överförmyndare', en: 'Chief guardian (överförmyndare)' } },
  { id: 'valnamnd', name: { sv: 'Valnämnd', en: 'Election committee' } },
];

export function isTemplateFunction(value: string): value is TemplateFunctionId {
  return (templateFunctionIds as readonly string[]).includes(value);
}
