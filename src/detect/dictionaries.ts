// The bundled dictionaries, imported as JSON modules (works in Node via tsx/vitest and in browser
// bundlers) and validated with zod on load. Callers may pass their own via loadDictionaries().
import context from '../../catalog/detect/context.json' with { type: 'json' };
import criminal from '../../catalog/detect/criminal-offence.json' with { type: 'json' };
import ethnicity from '../../catalog/detect/ethnicity.json' with { type: 'json' };
import firstNames from '../../catalog/detect/first-names.json' with { type: 'json' };
import health from '../../catalog/detect/health.json' with { type: 'json' };
import political from '../../catalog/detect/political-opinion.json' with { type: 'json' };
import protectedIdentity from '../../catalog/detect/protected-identity.json' with { type: 'json' };
import religion from '../../catalog/detect/religion.json' with { type: 'json' };
import sexual from '../../catalog/detect/sexual-orientation.json' with { type: 'json' };
import social from '../../catalog/detect/social-services.json' with { type: 'json' };
import union from '../../catalog/detect/trade-union.json' with { type: 'json' };
import { CategoryDictionary, ContextDictionary, NameDictionary } from './dictionary-schema.js';

export interface Dictionaries {
  categories: CategoryDictionary[];
  context: ContextDictionary;
  names: NameDictionary | null;
}

/** Validate parsed JSON (bundled or the municipality's own); throws a zod error naming the field. */
export function loadDictionaries(raw: { categories: unknown[]; context: unknown; names?: unknown }): Dictionaries {
  return {
    categories: raw.categories.map((c) => CategoryDictionary.parse(c)),
    context: ContextDictionary.parse(raw.context),
    names: raw.names === undefined || raw.names === null ? null : NameDictionary.parse(raw.names),
  };
}

let bundled: Dictionaries | null = null;

export function bundledDictionaries(): Dictionaries {
  bundled ??= loadDictionaries({
    categories: [health, social, protectedIdentity, criminal, union, ethnicity, religion, sexual, political],
    context,
    names: firstNames,
  });
  return bundled;
}
