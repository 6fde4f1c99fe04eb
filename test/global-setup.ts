// Starts one embedded PostgreSQL (the product's own default) for the whole test run, beside the
// system server, so storage tests run against both.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../src/kernel/db/embedded.js';

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
  };
}
