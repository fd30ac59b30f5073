/**
 * `--out DIR`: one JSON file per input, written atomically — the text goes
 * to a hidden temporary file in the same folder (`.<name>.<pid>-<n>.tmp`),
 * then `rename` puts it in place. A reader never sees a half-written
 * `<name>.json`; an interrupted run (SIGINT) lets the writes in flight
 * settle, then removes their temporary files ({@link OutDir.abort}); a
 * killed one leaves at worst hidden `*.tmp` files.
 *
 * @module
 */
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** An output folder with atomic writes. */
export class OutDir {
  private readonly temps = new Set<string>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private aborted = false;

  /** True once {@link abort} was called (writes are refused). */
  get interrupted(): boolean { return this.aborted; }
  private readonly made = new Set<string>();
  private counter = 0;

  /** @param root the `--out` folder (created when needed). */
  constructor(readonly root: string) {}

  /**
   * Writes `text` to `<root>/<rel>` atomically, creating folders.
   * @param rel a relative path with `/` separators (from `inputs.ts`, already safe).
   * @returns the final path.
   * @throws the file-system error (the caller reports it for this input).
   */
  async write(rel: string, text: string): Promise<string> {
    if (this.aborted) throw new Error('interrupted');
    const p = this.doWrite(rel, text);
    this.inFlight.add(p);
    try { return await p; } finally { this.inFlight.delete(p); }
  }

  private async doWrite(rel: string, text: string): Promise<string> {
    const final = join(this.root, ...rel.split('/'));
    const dir = dirname(final);
    if (!this.made.has(dir)) { await mkdir(dir, { recursive: true }); this.made.add(dir); }
    const tmp = join(dir, `.${basename(final)}.${process.pid}-${++this.counter}.tmp`);
    this.temps.add(tmp);
    try {
      await writeFile(tmp, text);
      await rename(tmp, final);
    } catch (e) {
      await unlink(tmp).catch(() => {});
      throw e;
    } finally {
      this.temps.delete(tmp);
    }
    return final;
  }

  /**
   * For an interruption: refuses new writes, waits (at most `waitMs`) for
   * the writes in flight to finish or fail, then removes any temporary file
   * left. Afterwards every `<name>.json` in the folder is complete.
   */
  async abort(waitMs = 2000): Promise<void> {
    this.aborted = true;
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((r) => setTimeout(r, waitMs).unref())]);
    this.cleanupSync();
  }

  /** Removes the temporary files of writes in progress, synchronously. */
  cleanupSync(): void {
    for (const t of this.temps) {
      try { unlinkSync(t); } catch { /* already renamed or never created */ }
    }
    this.temps.clear();
  }
}
