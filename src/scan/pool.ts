import { Worker } from 'node:worker_threads';
import type { WorkReply, WorkRequest } from './worker.js';
import { workerEntry } from './worker-entry.js';

interface Slot {
  worker: Worker;
  busy?: { req: WorkRequest; resolve: (r: WorkReply) => void; timer: NodeJS.Timeout };
}

export interface PoolOptions {
  size: number;
  /** A file that takes longer is abandoned: its worker is terminated and replaced. */
  hardTimeoutMs: number;
  /** Heap cap per worker; a file that needs more fails alone. */
  maxHeapMb: number;
}

/** Worker threads, each analysing one file at a time (see worker-entry.ts for what they run). */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: { req: WorkRequest; resolve: (r: WorkReply) => void }[] = [];
  private closed = false;

  get size(): number {
    return this.options.size;
  }

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(workerEntry(), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    const slot: Slot = { worker };
    worker.on('message', (reply: WorkReply) => this.finish(slot, reply));
    worker.on('error', (err) => this.fail(slot, `worker crashed: ${err.message.split('\n', 1)[0]}`));
    worker.on('exit', () => this.fail(slot, 'worker exited'));
    worker.unref();
    return slot;
  }

  run(req: WorkRequest): Promise<WorkReply> {
    return new Promise((resolve) => {
      this.waiting.push({ req, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.waiting.length === 0 || this.closed) continue;
      const { req, resolve } = this.waiting.shift()!;
      const timer = setTimeout(() => this.fail(slot, `no result within ${this.options.hardTimeoutMs} ms; worker terminated`), this.options.hardTimeoutMs);
      slot.busy = { req, resolve, timer };
      slot.worker.ref();
      slot.worker.postMessage(req);
    }
  }

  private finish(slot: Slot, reply: WorkReply): void {
    const busy = slot.busy;
    if (!busy || busy.req.id !== reply.id) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    slot.worker.unref();
    busy.resolve(reply);
    this.pump();
  }

  /** The worker is unusable (crash, out of memory, hung): answer for its file, then replace it. */
  private fail(slot: Slot, error: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const busy = slot.busy;
    slot.busy = undefined;
    if (busy) clearTimeout(busy.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    busy?.resolve({ id: busy.req.id, ok: false, error });
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
