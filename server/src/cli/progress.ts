// The single updating "files done/total, MiB/s" line `check` shows on stderr while it works through many files.
// It is drawn only on a terminal: redirected stderr, CI logs and stdout never see it.

/** Redraws are throttled: a line per file would cost more than checking a small file. */
const REDRAW_INTERVAL_MS = 100;

export interface ProgressTarget {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export class ProgressLine {
  private filesDone = 0;
  private bytesDone = 0;
  private readonly startedAt = performance.now();
  private lastDrawnAt = Number.NEGATIVE_INFINITY;
  private visible = false;
  private readonly active: boolean;

  /** @param enabled the caller's choice (not --quiet, more than one file); the line still needs a terminal. */
  constructor(
    private readonly target: ProgressTarget,
    private readonly totalFiles: number,
    enabled: boolean,
  ) {
    this.active = enabled && target.isTTY === true;
  }

  /** Records one finished input of `bytes` and redraws if the last redraw is old enough. */
  advance(bytes: number): void {
    this.filesDone++;
    this.bytesDone += bytes;
    if (!this.active) return;
    const now = performance.now();
    if (now - this.lastDrawnAt < REDRAW_INTERVAL_MS) return;
    this.lastDrawnAt = now;
    const seconds = Math.max((now - this.startedAt) / 1000, 1e-3);
    const mebibytesPerSecond = this.bytesDone / (1024 * 1024) / seconds;
    this.target.write(`\r\u001b[2K${this.filesDone}/${this.totalFiles} files · ${mebibytesPerSecond.toFixed(1)} MiB/s`);
    this.visible = true;
  }

  /** Erases the line, so other output written to the terminal starts at column 1 on a clean line. */
  clear(): void {
    if (!this.visible) return;
    this.target.write('\r\u001b[2K');
    this.visible = false;
  }
}
