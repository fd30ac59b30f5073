/**
 * A small glob matcher for `--glob` and `--exclude` (no dependency):
 * `*` any run of characters except `/`, `**` any run including `/`
 * (`**\/` also matches no folder at all), `?` one character except `/`,
 * `[abc]`/`[a-z]`/`[!a]` classes, `{a,b}` alternatives (not nested).
 * A pattern without `/` is matched against the file name alone, otherwise
 * against the path relative to the scanned folder (always with `/`).
 *
 * Examples: `*.html` matches `en/a.html`; `en/**` matches `en/x/a.txt`;
 * `**\/draft-*` matches `draft-1.md` and `a/b/draft-2.txt`.
 *
 * @module
 */

/** Compiles a glob to an anchored RegExp (linear: only `[^/]*` and `.*` loops, never nested). */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      let body = glob.slice(i + 1, close);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = close;
    } else if (c === '{' && !inBraces) { inBraces = true; re += '(?:'; }
    else if (c === '}' && inBraces) { inBraces = false; re += ')'; }
    else if (c === ',' && inBraces) re += '|';
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  if (inBraces) re += ')';
  return new RegExp(`^${re}$`);
}

/** A compiled glob: tests a relative path (with `/` separators). */
export function makeMatcher(glob: string): (relPath: string) => boolean {
  const re = globToRegExp(glob);
  const byName = !glob.includes('/');
  return (relPath) => re.test(byName ? relPath.slice(relPath.lastIndexOf('/') + 1) : relPath);
}
