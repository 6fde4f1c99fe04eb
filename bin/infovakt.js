#!/usr/bin/env node
// Node 20 cannot strip TypeScript types: tsx registers a loader, then the CLI runs from source.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
