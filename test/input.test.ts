/**
 * Bad inputs on a real file system (issue 6): each is one InputError with a
 * one-line reason, and folder expansion never throws for one bad path.
 */
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, chmodSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { expandInputs, loadInput } from '../src/input/read.js';
import { InputError } from '../src/errors.js';

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factex-input-'));
  mkdirSync(p('articles', 'sub'), { recursive: true });
  writeFileSync(p('articles', 'a.txt'), 'Le ministre a annoncé un accord avec Airbus.\n');
  writeFileSync(p('articles', 'b.html'), '<html lang="en"><body><p>The company said revenue rose 4%.</p></body></html>');
  writeFileSync(p('articles', 'notes.json'), '{}');
  writeFileSync(p('articles', 'sub', 'c.md'), '# Title\n\nThe CEO resigned on Monday.\n');
  symlinkSync('..', p('articles', 'sub', 'up')); // loop back to articles/
  symlinkSync(p('articles', 'sub', 'self-loop.txt'), p('articles', 'sub', 'self-loop.txt')); // ELOOP link
  execFileSync('mkfifo', [p('articles', 'pipe.txt')]);
  mkdirSync(p('empty'));
  writeFileSync(p('empty', 'readme.json'), '{}');
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('blank.txt'), ' \n\t\r\n   \n');
  writeFileSync(p('image.png.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(p('doc.pdf.txt'), '%PDF-1.4\n1 0 obj\n');
  writeFileSync(p('archive.zip.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]));
  writeFileSync(p('latin1.txt'), iconv.encode('Le président a déclaré à Genève que la société était prête.', 'latin1'));
  writeFileSync(p('utf16.txt'), iconv.encode('The minister said prices rose.', 'utf-16le', { addBOM: true }));
  writeFileSync(p('nul.txt'), Buffer.from('The CEO\u0000 said profits rose.\n'));
  writeFileSync(p('invalid-utf8.txt'), Buffer.concat([Buffer.from('Le café est à Paris. Le thé aussi. ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' Fin.')]));
  writeFileSync(p('big.txt'), Buffer.alloc(2048, 0x61));
  writeFileSync(p('locked.txt'), 'secret');
  chmodSync(p('locked.txt'), 0o000);
});

afterAll(() => {
  chmodSync(p('locked.txt'), 0o600);
  rmSync(dir, { recursive: true, force: true });
});

async function reasonOf(location: string, options = {}): Promise<string> {
  try {
    await loadInput(location, options);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).location).toBe(location);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error(`expected ${location} to fail`);
}

describe('loadInput refuses bad inputs with a one-line reason', () => {
  test.each([
    ['missing.txt', 'no such file or directory'],
    ['empty.txt', 'empty file'],
    ['blank.txt', 'no text (whitespace only)'],
    ['image.png.txt', 'binary file (PNG image)'],
    ['doc.pdf.txt', 'binary file (PDF document)'],
    ['archive.zip.txt', 'binary file (ZIP archive (or DOCX/ODT/EPUB))'],
    ['empty', 'no article files in this folder (.txt, .md, .html, .htm, .xhtml)'],
    [join('articles', 'sub', 'self-loop.txt'), 'symbolic link loop'],
  ])('%s → %s', async (name, reason) => {
    expect(await reasonOf(p(name))).toBe(reason);
  });

  test('a file over --max-bytes is refused before reading', async () => {
    expect(await reasonOf(p('big.txt'), { maxBytes: 1000 })).toBe('too large: 2 KB (limit 1000 bytes, see --max-bytes)');
    expect((await loadInput(p('big.txt'), { maxBytes: 4096 })).content).toHaveLength(2048);
    // a size that would read as its limit is given in bytes, both of them
    expect(await reasonOf(p('big.txt'), { maxBytes: 2000 })).toBe('too large: 2048 bytes (limit 2000 bytes, see --max-bytes)');
  });

  test('a character device is refused, never read', async () => {
    expect(await reasonOf('/dev/zero')).toBe('not a regular file (character device)');
  });

  (isRoot ? test.skip : test)('an unreadable file is "permission denied"', async () => {
    expect(await reasonOf(p('locked.txt'))).toBe('permission denied');
  });

  test('stdin: empty and over the limit', async () => {
    expect(await reasonOf('-', { stdin: async () => Buffer.alloc(0) })).toBe('empty input');
    expect(await reasonOf('-', { stdin: async () => Buffer.alloc(50, 0x61), maxBytes: 10 })).toBe('too large: 50 bytes (limit 10 bytes, see --max-bytes)');
    expect(await reasonOf('-')).toBe('no standard input');
  });
});

describe('loadInput with syncFiles (the reader of --concurrency 2) reads and refuses as without', () => {
  /** What loading `name` gives: the input without its source, or the failure's reason. */
  const outcome = (name: string, options: object) =>
    loadInput(p(name), options).then(({ content, format, charset, warnings, bytes }) => ({ content, format, charset, warnings, bytes }), (e: Error) => e.message);

  test.each(['articles/a.txt', 'articles/b.html', 'latin1.txt', 'utf16.txt', 'nul.txt', 'invalid-utf8.txt', 'missing.txt', 'empty.txt',
    'blank.txt', 'image.png.txt', 'empty', 'articles/sub/self-loop.txt'])('%s', async (name) => {
    const sync = await outcome(name, { syncFiles: true });
    expect(sync).toEqual(await outcome(name, {}));
    if (name === 'articles/a.txt') expect(sync).toMatchObject({ content: 'Le ministre a annoncé un accord avec Airbus.\n', bytes: 46 });
  });

  test('the size limit, a file read whole, and a character device', async () => {
    expect(await reasonOf(p('big.txt'), { maxBytes: 1000, syncFiles: true })).toBe('too large: 2 KB (limit 1000 bytes, see --max-bytes)');
    expect((await loadInput(p('big.txt'), { maxBytes: 4096, syncFiles: true })).content).toBe('a'.repeat(2048));
    expect((await loadInput(p('big.txt'), { maxBytes: 2048, syncFiles: true })).content).toHaveLength(2048);
    expect(await reasonOf('/dev/zero', { syncFiles: true })).toBe('not a regular file (character device)');
  });

  (isRoot ? test.skip : test)('an unreadable file is "permission denied"', async () => {
    expect(await reasonOf(p('locked.txt'), { syncFiles: true })).toBe('permission denied');
  });
});

describe('loadInput decodes awkward text', () => {
  test('Latin-1 plain text is decoded with a warning', async () => {
    const r = await loadInput(p('latin1.txt'));
    expect(r.content).toBe('Le président a déclaré à Genève que la société était prête.');
    expect(r.charset).toBe('windows-1252');
    expect(r.warnings).toEqual(['not valid UTF-8 and no charset declared; decoded as windows-1252 (Latin-1)']);
  });

  test('UTF-16 with BOM', async () => {
    const r = await loadInput(p('utf16.txt'));
    expect(r.content).toBe('The minister said prices rose.');
    expect(r.charset).toBe('utf-16le');
  });

  test('NUL bytes are removed with a warning', async () => {
    const r = await loadInput(p('nul.txt'));
    expect(r.content).toBe('The CEO said profits rose.\n');
    expect(r.warnings).toEqual(['1 NUL character(s) removed']);
  });

  test('invalid UTF-8 is replaced with U+FFFD and a warning', async () => {
    const r = await loadInput(p('invalid-utf8.txt'));
    expect(r.content).toBe('Le café est à Paris. Le thé aussi. \ufffd( Fin.');
    expect(r.warnings).toEqual(['1 invalid UTF-8 byte sequence(s) replaced with U+FFFD']);
  });

  test('format follows the extension', async () => {
    expect((await loadInput(p('articles', 'b.html'))).format).toBe('html');
    expect((await loadInput(p('articles', 'a.txt'))).format).toBe('text');
  });
});

describe('expandInputs', () => {
  test('walks folders sorted, skips FIFOs and link loops without opening them, keeps bad paths', async () => {
    const skipped: string[] = [];
    const out = await expandInputs([p('articles'), p('missing.txt'), p('empty'), 'https://example.org/a', '-'], {
      onSkip: (path, reason) => skipped.push(`${path.slice(dir.length + 1)}: ${reason}`),
    });
    expect(out).toEqual([
      p('articles', 'a.txt'), p('articles', 'b.html'), p('articles', 'sub', 'c.md'),
      p('missing.txt'), p('empty'), 'https://example.org/a', '-',
    ]);
    expect(skipped).toEqual([
      'articles/pipe.txt: FIFO, not read',
      'articles/sub/self-loop.txt: symbolic link loop',
      'articles/sub/up: symbolic link loop (folder already scanned)',
    ]);
  });

  test('a link to a folder of the same tree is not followed, whichever name sorts first; a link out of the tree is', async () => {
    const archive = p('archive');
    mkdirSync(join(archive, 'real'), { recursive: true });
    writeFileSync(join(archive, 'real', 'a.txt'), 'The council banned cars from the centre on Monday.');
    symlinkSync('real', join(archive, 'alias')); // sorts before real/
    symlinkSync('real', join(archive, 'zz-latest')); // sorts after real/
    mkdirSync(p('elsewhere'));
    writeFileSync(p('elsewhere', 'b.txt'), 'The mayor said the ban would last a year.');
    symlinkSync(p('elsewhere'), join(archive, 'outside')); // a folder outside the tree
    const skipped: string[] = [];
    const out = await expandInputs([archive], { onSkip: (path, reason) => skipped.push(`${path.slice(archive.length + 1)}: ${reason}`) });
    expect(out).toEqual([join(archive, 'outside', 'b.txt'), join(archive, 'real', 'a.txt')]);
    expect(skipped).toEqual([
      'alias: symbolic link to a folder of the same tree (scanned under its own path)',
      'zz-latest: symbolic link to a folder of the same tree (scanned under its own path)',
    ]);
  });

  test('scanned from a subfolder, a link to an ancestor is a loop, never the tree again under its name', async () => {
    const tree = p('tree');
    mkdirSync(join(tree, '2024-06'), { recursive: true });
    mkdirSync(join(tree, 'zz'));
    writeFileSync(join(tree, '2024-06', 'a.txt'), 'The council banned cars from the centre on Monday.');
    writeFileSync(join(tree, 'zz', 'b.txt'), 'The mayor said the ban would last a year.');
    symlinkSync('..', join(tree, 'zz', 'up'));
    const skipped: string[] = [];
    const out = await expandInputs([join(tree, 'zz')], { onSkip: (path, reason) => skipped.push(`${path.slice(tree.length + 1)}: ${reason}`) });
    expect(out).toEqual([join(tree, 'zz', 'b.txt')]);
    expect(skipped).toEqual(['zz/up: symbolic link loop (folder already scanned)']);
  });

  test('a batch with bad inputs still loads the good ones', async () => {
    const out = await expandInputs([p('empty.txt'), p('articles', 'a.txt'), p('image.png.txt')]);
    const results = await Promise.allSettled(out.map((l) => loadInput(l)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
  });
});
