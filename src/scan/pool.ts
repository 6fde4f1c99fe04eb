import { Worker } from 'node:worker_threads';
import type { WorkReply, WorkRequest } from './worker.js';
import { workerEntry } from './worker-entry.js';

interface Job {
  req: WorkRequest;
  resolve: (r: WorkReply) => void;
}

interface Slot {
  worker: Worker;
  /** Sent to the worker, answered in order; the first is the one being analysed. */
  queue: Job[];
  /** The hard timeout of the first job in the queue. */
  timer?: NodeJS.Timeout;
}

export interface PoolOptions {
  size: number;
  /** A file that takes longer is abandoned: its worker is terminated and replaced. */
  hardTimeoutMs: number;
  /** Heap cap per worker; a file that needs more fails alone. */
  maxHeapMb: number;
}

/**
 * Files sent ahead to each worker. A worker analyses one file at a time; with the next ones already
 * in its queue (and read, see worker.ts) it starts on them at once instead of idling for the round
 * trip through the main thread and the file system (many office files take a millisecond or two).
 */
const DEPTH = 3;

/** Worker threads, each analysing one file at a time (see worker-entry.ts for what they run). */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;

  get size(): number {
    return this.slots.length;
  }

  /** How many files the pool can hold at once: a caller keeps this many in flight. */
  get capacity(): number {
    return this.slots.length * DEPTH;
  }

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  /**
   * Up to `size` workers (never fewer than now). A scan starts one while it walks the tree and
   * adds the others once it knows how many files need analysing: a worker costs ~0.3 s of loading
   * and warm-up, wasted on a scan of one file or of an unchanged tree answered from the cache.
   */
  grow(size: number): void {
    if (this.closed) return;
    while (this.slots.length < size) this.slots.push(this.spawn());
    this.pump();
  }

  private spawn(): Slot {
    const worker = new Worker(workerEntry(), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    const slot: Slot = { worker, queue: [] };
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
    if (this.closed) return;
    // Fill the emptiest queues first, so that a second worker gets work before a first gets more.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (slot.queue.length >= depth || this.waiting.length === 0) continue;
        const job = this.waiting.shift()!;
        slot.queue.push(job);
        slot.worker.ref();
        slot.worker.postMessage(job.req);
        if (slot.queue.length === 1) this.startTimer(slot);
      }
    }
  }

  private startTimer(slot: Slot): void {
    slot.timer = setTimeout(() => this.fail(slot, `no result within ${this.options.hardTimeoutMs} ms; worker terminated`), this.options.hardTimeoutMs);
  }

  private finish(slot: Slot, reply: WorkReply): void {
    const head = slot.queue[0];
    if (!head || head.req.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.queue.shift();
    if (slot.queue.length > 0) this.startTimer(slot);
    else slot.worker.unref();
    head.resolve(reply);
    this.pump();
  }

  /**
   * The worker is unusable (crash, out of memory, hung): answer for the file it was analysing,
   * give the files queued behind it back to the pool (they are not to blame), and replace it.
   */
  private fail(slot: Slot, error: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    clearTimeout(slot.timer);
    const [head, ...behind] = slot.queue;
    slot.queue = [];
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[index] = this.spawn();
    this.waiting.unshift(...behind);
    head?.resolve({ id: head.req.id, ok: false, error });
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) clearTimeout(slot.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
