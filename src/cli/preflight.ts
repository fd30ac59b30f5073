/**
 * Checks of output paths made before any input is read, so that a bad
 * `--out` or `--summary-file` is a usage error (exit code 2, one line) at
 * once rather than a failure after the whole batch.
 *
 * @module
 */
import { constants, fstatSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { access, realpath, stat, statfs } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Job } from './inputs.js';

/**
 * Kernel pseudo file systems no output may go to: writes there are kernel
 * calls, and Node's recursive `mkdir` never returns on `/proc` (it loops on
 * EEXIST/ENOENT). Magic numbers from Linux `include/uapi/linux/magic.h`.
 */
const PSEUDO_FS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'], // PROC_SUPER_MAGIC
  [0x62656572, 'sysfs'], // SYSFS_MAGIC
  [0x64626720, 'debugfs'], // DEBUGFS_MAGIC
  [0x73636673, 'securityfs'], // SECURITYFS_MAGIC
  [0x27e0eb, 'cgroup'], // CGROUP_SUPER_MAGIC
  [0x63677270, 'cgroup2'], // CGROUP2_SUPER_MAGIC
  [0x1cd1, 'devpts'], // DEVPTS_SUPER_MAGIC (terminals: "--out /dev/pts" failed file by file; second new-user trial)
  [0x19800202, 'mqueue'], // MQUEUE_MAGIC
  [0x6e736673, 'nsfs'], // NSFS_MAGIC
  [0xcafe4a11, 'bpf'], // BPF_FS_MAGIC
  [0x74726163, 'tracefs'], // TRACEFS_MAGIC
  [0x42494e4d, 'binfmt_misc'], // BINFMTFS_MAGIC
  [0x50495045, 'pipefs'], // PIPEFS_MAGIC
]);

/** Folders refused by path, whatever `statfs` says (e.g. where it is not available). */
const PSEUDO_ROOTS = ['/proc', '/sys'];

/** The deepest existing folder on the way to `path` (absolute), resolved through symbolic links. */
async function deepestExisting(path: string): Promise<string> {
  let p = resolve(path);
  for (;;) {
    try {
      const st = await stat(p);
      if (st.isDirectory()) return await realpath(p);
    } catch { /* not there yet: go up */ }
    const up = dirname(p);
    if (up === p) return p;
    p = up;
  }
}

/** The pseudo file system `dir` (an existing folder) lies on, or null. */
async function pseudoFsOf(dir: string): Promise<string | null> {
  const root = PSEUDO_ROOTS.find((r) => dir === r || dir.startsWith(r + sep));
  if (root) return root === '/proc' ? 'proc' : 'sysfs';
  try {
    return PSEUDO_FS.get(Number((await statfs(dir)).type)) ?? null;
  } catch {
    return null;
  }
}

/**
 * Refuses an `--out` folder that lies on a kernel pseudo file system
 * (`/proc`, `/sys`, cgroup, debugfs…), checked on the deepest folder of
 * the path that exists, after symbolic links, or whose deepest existing
 * folder is not writable (`--out: cannot write in out (permission denied)`),
 * before any document is read.
 * Example: `/proc/x` → UsageError "--out: /proc/x is on the proc pseudo file system, not a place for output files".
 * @throws UsageError (exit code 2).
 */
export async function checkOutFolder(out: string): Promise<void> {
  const existing = await deepestExisting(out);
  const fs = await pseudoFsOf(existing);
  if (fs) throw new UsageError(`--out: ${out} is on the ${fs} pseudo file system, not a place for output files`);
  // Files (and missing subfolders) are created inside the deepest existing folder: it must be writable.
  await access(existing, constants.W_OK | constants.X_OK).catch(() => {
    throw new UsageError(`--out: cannot write in ${existing === resolve(out) ? out : existing} (permission denied)`);
  });
}

/**
 * Checks that `--summary-file FILE` can be written, before the batch: FILE
 * is not a folder (nor on a pseudo file system), its folder exists and is
 * writable, and an existing FILE is writable (`/dev/null` is allowed).
 * Example: `/nonexistent/dir/s.json` → UsageError "--summary-file: cannot write /nonexistent/dir/s.json (folder /nonexistent/dir does not exist)".
 * @throws UsageError (exit code 2).
 */
export async function checkSummaryFile(file: string): Promise<void> {
  const fail = (why: string) => new UsageError(`--summary-file: cannot write ${file} (${why})`);
  if (file.trim() === '') throw new UsageError('--summary-file: give a file name');
  const st = await stat(file).catch(() => null);
  if (st?.isDirectory()) throw fail('it is a folder');
  const dir = dirname(resolve(file));
  const dst = await stat(dir).catch(() => null);
  if (!dst) throw fail(`folder ${dirname(file)} does not exist`);
  if (!dst.isDirectory()) throw fail(`${dirname(file)} is not a folder`);
  const fs = await pseudoFsOf(await realpath(dir));
  if (fs) throw fail(`on the ${fs} pseudo file system`);
  if (st) {
    await access(file, constants.W_OK).catch(() => { throw fail('permission denied'); });
  } else {
    await access(dir, constants.W_OK).catch(() => { throw fail(`folder ${dirname(file)} is not writable`); });
  }
}

/**
 * Whether `file` (an existing file) is the same file as one of the planned path inputs (same device and inode, so a
 * second name or a symbolic link counts): `--summary-file good.txt good.txt` must not replace the article. False when
 * `file` does not exist. URLs, `-` and inputs that cannot be read are skipped (they report their own error).
 */
export async function isOneOfInputs(file: string, jobs: readonly Job[]): Promise<boolean> {
  const target = await existingFile(file);
  if (!target) return false;
  for (const job of jobs) {
    if (job.kind !== 'path' || job.location === '-' || /^https?:\/\//iu.test(job.location)) continue;
    if (sameFile(target, await stat(job.location).catch(() => null))) return true;
  }
  return false;
}

/** The stats of `file` when it exists and is a regular file, else null. */
async function existingFile(file: string): Promise<Stats | null> {
  const st = await stat(file).catch(() => null);
  return st && st.isFile() ? st : null;
}

/** Whether `other` is the same file as `target` (same device and inode: a second name or a link counts). */
function sameFile(target: Stats, other: Stats | null): boolean {
  return other !== null && other.dev === target.dev && other.ino === target.ino;
}

/**
 * Whether `file` is the file standard input reads (same device and inode as descriptor 0): `factex --summary-file in.txt
 * < in.txt` must not replace the article. False when `file` does not exist or stdin is no file (a pipe, a terminal).
 */
export async function isStdinFile(file: string): Promise<boolean> {
  const target = await existingFile(file);
  if (!target) return false;
  try {
    return sameFile(target, fstatSync(0));
  } catch {
    return false;
  }
}

/**
 * Whether `file` is where standard output goes (same device and inode as descriptor 1) while that is a file or a pipe:
 * `factex a.txt --summary-file same.json > same.json` replaced the results with the statistics, and `--summary-file
 * /dev/stdout | jq` appended them to the JSON (new-user trial, 2026-12-03). A terminal is no such target. Never throws.
 */
export async function isStdoutTarget(file: string): Promise<boolean> {
  const target = await stat(file).catch(() => null);
  if (!target) return false;
  try {
    const out = fstatSync(1);
    return (out.isFile() || out.isFIFO()) && sameFile(target, out);
  } catch {
    return false;
  }
}

/**
 * Whether `file` lies inside `folder` (both resolved against the working directory; symbolic links are not followed):
 * `factex --out res --summary-file res/a.json a.txt` would replace the result `res/a.json` with the statistics
 * (new-user trial, 2026-12-03). Never throws.
 */
export function isInsideFolder(file: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(file));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
