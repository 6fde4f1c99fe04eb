import { describe, expect, it } from 'vitest';
import { headerField, suggestMapping } from './mapping.js';

describe('records-plan header guesses', () => {
  it.each([
    ['Handlingstyp', 'documentType'],
    ['Handling', 'documentType'],
    ['Dokumenttyp', 'documentType'],
    ['Process', 'process'],
    ['Processnamn', 'process'],
    ['Processnr', 'processCode'],
    ['Klassificering', 'processCode'],
    ['Bevara/Gallra', 'retention'],
    ['Bevarande/ gallring', 'retention'],
    ['Gallringsfrist', 'retentionPeriod'],
    ['Förvaring', 'storage'],
    ['Kommentar', 'notes'],
    ['Anmärkning', 'notes'],
    ['Förvaltning', 'departmentColumn'],
    ['Dokumenthanteringsplan för socialnämnden', null],
    ['Processägare: socialchef', null],
  ])('%j → %j', (header, field) => {
    expect(headerField(header)).toBe(field);
  });

  it('suggests a department column when there is one, otherwise one department per sheet', () => {
    expect(suggestMapping(['Förvaltning', 'Processnamn', 'Handling', 'Bevarande/gallring', 'Anmärkning'])).toEqual({
      department: { column: 'Förvaltning' },
      process: 'Processnamn',
      documentType: 'Handling',
      retention: 'Bevarande/gallring',
      notes: 'Anmärkning',
    });
    expect(suggestMapping(['Process', 'Dokumenttyp'])?.department).toEqual({ bySheet: true });
    expect(suggestMapping(['Process', 'Kommentar'])).toBeNull();
  });
});
