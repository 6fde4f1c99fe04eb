// Entry of a scan worker thread. Node 20 cannot strip TypeScript types and `--import tsx` in a
// worker's execArgv does not reach its entry module, so register tsx here (as bin/infovakt.js does).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
