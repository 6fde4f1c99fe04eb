// Loading the shipped catalogue of common services: data file, validated on load.
import { readFileSync } from 'node:fs';
import { ServiceCatalogue } from './model.js';

export const serviceCatalogueUrl = new URL('../../catalog/services/catalogue.json', import.meta.url);

/** Validates a parsed catalogue; throws an error that names every problem with its path. */
export function parseServiceCatalogue(json: unknown): ServiceCatalogue {
  const result = ServiceCatalogue.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`Invalid service catalogue:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function loadServiceCatalogue(url: URL = serviceCatalogueUrl): ServiceCatalogue {
  return parseServiceCatalogue(JSON.parse(readFileSync(url, 'utf8')));
}
