/**
 * File extensions read when scanning folders (lower case, with the dot);
 * a file named on the command line is read whatever its extension.
 * In a module of its own so option parsing can check `--ext` without
 * loading the readers.
 */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.xhtml'];

/**
 * The extension of the last segment of `path`, lower case, with its dot: `.txt` for `a/story.TXT`, and also for a
 * file named only `.txt` (hidden files are read like others, but `path.extname('.txt')` is `''`: such a file was
 * skipped silently; third new-user trial); `''` without a dot.
 */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}
