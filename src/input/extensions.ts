/**
 * File extensions read when scanning folders (lower case, with the dot);
 * a file named on the command line is read whatever its extension.
 * In a module of its own so option parsing can check `--ext` without
 * loading the readers.
 */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.xhtml'];
