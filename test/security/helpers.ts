// Small helpers shared by the security tests.
import type { TestApp } from '../helpers/app.js';

/** The test database's URL, read back from the pool the helper opened (for CLI runs). */
export function dbUrl(app: TestApp): string {
  return (app.pool as unknown as { options: { connectionString: string } }).options.connectionString;
}
