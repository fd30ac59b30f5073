/**
 * The command-line interface: parses arguments (commander), reads the
 * inputs, runs {@link extract} on each, and writes results to stdout and
 * messages to stderr. Returns an exit code; never calls `process.exit`.
 *
 * @module
 */
import { Command, CommanderError, Option } from 'commander';
import { extract } from '../extract.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { expandInputs, loadInput } from '../input/read.js';
import { formatSummary } from '../output/summary.js';
import type { FactexResult, FactKind, Language } from '../types.js';
import { FACT_KINDS } from '../types.js';

/** Streams and environment the CLI runs against (injectable for tests). */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

interface Options {
  format?: 'json' | 'ndjson' | 'summary';
  lang?: Language;
  includeText?: boolean;
  only?: string;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

function buildProgram(): Command {
  return new Command('factex')
    .description('Extract actors, contracts, restrictions, metrics, quotes and claims from English and French news articles.')
    .argument('[inputs...]', 'files, folders, http(s) URLs, or - for stdin (default: stdin when piped)')
    .addOption(new Option('-f, --format <format>', 'output format (default: summary on a terminal, json otherwise)').choices(['json', 'ndjson', 'summary']))
    .addOption(new Option('-l, --lang <lang>', 'language of the rules, instead of detection').choices(['en', 'fr']))
    .option('--include-text', 'include the analysed text as document.text')
    .option('--only <kinds>', `comma-separated fact kinds to output (${FACT_KINDS.join(',')})`)
    .option('--no-color', 'disable colours in summary output')
    .option('-q, --quiet', 'no warnings on stderr')
    .option('--debug', 'print stack traces of unexpected errors')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer | string) => chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c)));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function parseOnly(value: string | undefined): FactKind[] | undefined {
  if (value === undefined) return undefined;
  const kinds = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const k of kinds) if (!(FACT_KINDS as readonly string[]).includes(k)) throw new UsageError(`--only: unknown kind '${k}' (expected ${FACT_KINDS.join(', ')})`);
  return kinds as FactKind[];
}

/** Decides colour once: --no-color and NO_COLOR turn it off, FORCE_COLOR on, else a TTY stdout. */
export function useColour(opts: { color?: boolean }, io: CliIO): boolean {
  if (opts.color === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return Boolean(io.stdout.isTTY);
}

/**
 * Runs factex with `argv` (without node and script).
 * @returns the exit code (see {@link EXIT}).
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const program = buildProgram();
  const say = (msg: string) => io.stderr.write(`factex: ${msg}\n`);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        io.stdout.write(e.code === 'commander.version' ? '0.1.0\n' : program.helpInformation());
        return EXIT.OK;
      }
      say(e.message.replace(/^error: /, ''));
      return EXIT.USAGE;
    }
    throw e;
  }
  const opts = program.opts<Options>();
  let only: FactKind[] | undefined;
  try {
    only = parseOnly(opts.only);
  } catch (e) {
    say((e as Error).message);
    return EXIT.USAGE;
  }
  let args = program.args;
  if (args.length === 0) {
    if (io.stdin.isTTY) {
      say('no input: give files, folders or URLs, or pipe text on stdin (see factex --help)');
      return EXIT.USAGE;
    }
    args = ['-'];
  }
  const format = opts.format ?? (io.stdout.isTTY ? 'summary' : 'json');
  const colour = useColour(opts, io);
  const locations = await expandInputs(args);
  if (locations.length === 0) {
    say('no article files found in the given folders (.txt, .md, .html, .htm)');
    return EXIT.INPUT_FAILED;
  }
  const results: FactexResult[] = [];
  let failed = 0;
  for (const location of locations) {
    try {
      const input = await loadInput(location, { stdin: () => readAll(io.stdin) });
      const result = extract(input.content, {
        language: opts.lang, includeText: opts.includeText, only, source: input.source,
        format: input.format, charset: input.charset, warnings: input.warnings,
      });
      if (!opts.quiet) for (const w of result.warnings) say(`${location}: warning: ${w}`);
      if (format === 'ndjson') io.stdout.write(JSON.stringify(result) + '\n');
      else if (format === 'summary') io.stdout.write(formatSummary(result, colour) + (locations.length > 1 ? '\n' : ''));
      else results.push(result);
    } catch (e) {
      failed++;
      if (e instanceof InputError) say(`${e.location}: ${e.message}`);
      else {
        say(`${location}: internal error: ${(e as Error).message}`);
        if (opts.debug) io.stderr.write(`${(e as Error).stack}\n`);
      }
    }
  }
  if (format === 'json' && results.length > 0) {
    io.stdout.write(JSON.stringify(locations.length === 1 ? results[0] : results, null, 2) + '\n');
  }
  return failed > 0 ? EXIT.INPUT_FAILED : EXIT.OK;
}
