import cliProgress from 'cli-progress';

export interface Progress {
  update(files: number, bytes: number, findings: number): void;
  stop(): void;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** A bar on a terminal; on a pipe or log, a plain line every few seconds. Both on stderr. */
export function createProgress(total: number, totalBytes: number, stderr: NodeJS.WritableStream & { isTTY?: boolean }): Progress {
  const started = Date.now();
  if (stderr.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream: stderr as NodeJS.WritableStream,
      format: 'files {value}/{total} |{bar}| {mb} of {totalMb} | findings {findings} | {rate} files/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { mb: mb(0), totalMb: mb(totalBytes), findings: 0, rate: '0' });
    return {
      update(files, bytes, findings) {
        const rate = (files / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
        bar.update(files, { mb: mb(bytes), findings, rate });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update(files, bytes, findings) {
      const now = Date.now();
      if (now - last < 5000 && files < total) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = files / Math.max(0.001, seconds);
      const eta = rate > 0 ? Math.round((total - files) / rate) : 0;
      stderr.write(`scan: ${files}/${total} files, ${mb(bytes)}, ${findings} findings, ${rate.toFixed(1)} files/s, ETA ${eta} s\n`);
    },
    stop() {},
  };
}
