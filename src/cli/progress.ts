/**
 * The progress bar on stderr (cli-progress): documents done, rate and ETA.
 * Shown only when the CLI decides so (stderr a terminal, no `--quiet`);
 * otherwise {@link NoProgress} does nothing. Messages for stderr go through
 * {@link Progress.log} so they never tear the bar.
 *
 * @module
 */
import type cliProgress from 'cli-progress';
import { lazyModule } from '../lazy.js';

/** cli-progress loads when a bar is shown (a terminal), not for every run. */
const loadCliProgress = lazyModule<typeof import('cli-progress')>('cli-progress');

/** What the batch tells the progress display. */
export interface Progress {
  /** The total became known or changed (`null`: unknown, streaming). */
  setTotal(total: number | null): void;
  /** One more document finished. */
  tick(): void;
  /** Writes a whole line (with its `\n`) to stderr above the bar. */
  log(line: string): void;
  /** Removes the bar (final state stays on screen). */
  stop(): void;
}

/** No display: lines go straight to `stream`. */
export class NoProgress implements Progress {
  constructor(private readonly stream: NodeJS.WritableStream) {}
  setTotal(): void {}
  tick(): void {}
  log(line: string): void { this.stream.write(line); }
  stop(): void {}
}

/** A cli-progress bar: `[=====-----] 40/100 docs | 12.3 docs/s | ETA 5s`. */
export class BarProgress implements Progress {
  private readonly multi: cliProgress.MultiBar;
  private readonly bar: cliProgress.SingleBar;
  private done = 0;
  private total: number | null = null;
  private readonly started = Date.now();

  /** @param stream the terminal (stderr). */
  constructor(stream: NodeJS.WritableStream) {
    this.multi = new (loadCliProgress().MultiBar)({
      stream,
      format: '[{bar}] {value}{totalLabel} docs | {rate} docs/s | ETA {etaLabel}',
      barsize: 30,
      barCompleteChar: '=',
      barIncompleteChar: '-',
      hideCursor: false,
      clearOnComplete: false,
      fps: 10,
      forceRedraw: true,
    }, loadCliProgress().Presets.legacy);
    this.bar = this.multi.create(1, 0, this.payload());
  }

  private payload(): { rate: string; totalLabel: string; etaLabel: string } {
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    let eta = '?';
    if (this.total !== null && rate > 0) eta = formatSeconds((this.total - this.done) / rate);
    else if (this.total !== null && this.done >= this.total) eta = '0s';
    return { rate: rate.toFixed(1), totalLabel: this.total === null ? '' : `/${this.total}`, etaLabel: eta };
  }

  setTotal(total: number | null): void {
    this.total = total;
    this.bar.setTotal(Math.max(1, total ?? this.done + 1));
    this.bar.update(this.done, this.payload());
  }

  tick(): void {
    this.done++;
    if (this.total === null) this.bar.setTotal(this.done + 1);
    this.bar.update(this.done, this.payload());
  }

  log(line: string): void { this.multi.log(line); }

  stop(): void {
    if (this.total === null) this.bar.setTotal(Math.max(1, this.done));
    this.bar.update(this.done, this.payload());
    this.multi.stop();
  }
}

/** `75` → `1m15s`. */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  const r = Math.round(s);
  return r >= 60 ? `${Math.floor(r / 60)}m${String(r % 60).padStart(2, '0')}s` : `${r}s`;
}
