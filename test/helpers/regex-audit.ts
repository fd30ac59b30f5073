/**
 * Regex audit: finds every regular expression of `src/` — literals (read
 * with the TypeScript parser) and regexes built at run time with
 * `new RegExp(…)` (captured by wrapping the global `RegExp` while the
 * modules load and run) — flags risky shapes by reading the pattern, and
 * times each one on "pump" strings of growing size to catch super-linear
 * (quadratic, exponential) matching.
 *
 * Static flags (see {@link staticRisks}):
 * - `nested-quantifier`: a quantified group that contains an unbounded
 *   quantifier, e.g. `(\w+\s?)*`, `(?:[a-z]+ ){0,6}` — exponential or
 *   polynomial backtracking when the inner and outer repetition can split
 *   the same run of characters in many ways;
 * - `quantified-alternation`: an unbounded quantifier over an alternation,
 *   e.g. `(?:a|ab)*` — exponential when alternatives overlap;
 * - `lazy-scan`: an unbounded lazy quantifier, e.g. `«(.*?)»` — quadratic
 *   over a global scan when the closing part never comes;
 * - `unbounded-lookbehind`: an unbounded quantifier inside a lookbehind.
 *
 * Dynamic probe (see {@link probeRegex}): each regex is run as a global
 * scan (every match, like a `matchAll` over a whole text) over pump strings
 * — a unit repeated to 8…28 code units (exponential cases), then 256 and
 * 2 048, followed by U+0001 so that a match must fail at the end — where
 * units are characters and tokens common in news text plus the words of
 * the pattern itself. Linear matching grows 8× from 256 to 2 048 (quadratic
 * 64×); a growth above 24× with a measurable time is reported as super-linear.
 *
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regular expression of the source tree. */
export interface FoundRegex {
  source: string;
  flags: string;
  /** `src/…/file.ts:line` (for constructed regexes: the construction site, from the stack). */
  where: string;
  origin: 'literal' | 'constructed';
}

/** Every `.ts` file under `dir`, sorted. */
export function sourceFiles(dir = 'src'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.ts') && !n.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The regex literals of `files`, with file and line, parsed with the TypeScript compiler (no grep guesswork). */
export function literalRegexes(files: readonly string[]): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = (node as ts.RegularExpressionLiteral).text;
        const slash = lit.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ source: lit.slice(1, slash), flags: lit.slice(slash + 1), where: `${relative('.', file)}:${line}`, origin: 'literal' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Number of `new RegExp(` / `RegExp(` call sites in `files` (textual count, for the report). */
export function constructorSites(files: readonly string[]): { where: string; code: string }[] {
  const out: { where: string; code: string }[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((l, i) => {
      if (/\bRegExp\(/.test(l) && !/function\s+\w*RegExp\(/.test(l)) out.push({ where: `${relative('.', file)}:${i + 1}`, code: l.trim().slice(0, 160) });
    });
  }
  return out;
}

const NativeRegExp = RegExp;
/** The project's `src/` folder as it appears in stack frames. */
const srcDir = join(process.cwd(), 'src') + (process.platform === 'win32' ? '\\' : '/');

/**
 * Wraps `globalThis.RegExp` so every regex built with `new RegExp(…)` or
 * `RegExp(…)` in the project's `src/` is recorded with its construction
 * site (the first `src/` frame of its stack); regexes that dependencies
 * build for themselves are skipped.
 * Call before importing the modules; `stop()` restores the native
 * constructor and returns what was captured (deduplicated by source + flags).
 */
export function captureConstructed(): { stop: () => FoundRegex[] } {
  const seen = new Map<string, FoundRegex>();
  const record = (re: RegExp) => {
    const key = `${re.flags}/${re.source}`;
    if (seen.has(key)) return;
    // The first frame in the project's src/ is the construction site; a regex built inside a
    // dependency (chrono-node's locale tables…) is left to that dependency's own audit.
    const frames = (new Error().stack ?? '').split('\n').slice(1).filter((l) => !l.includes('regex-audit'));
    const first = frames.find((l) => l.includes('/') || l.includes('\\')) ?? '';
    if (first.includes('node_modules')) return;
    const m = /[/\\]src[/\\]([^\s:()]+):(\d+)/.exec(frames.find((l) => l.includes(srcDir)) ?? '');
    if (!m) return;
    seen.set(key, { source: re.source, flags: re.flags, where: `src/${m[1]}:${m[2]}`, origin: 'constructed' });
  };
  const proxy = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === proxy ? target : newTarget) as RegExp;
      record(re);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      record(re);
      return re;
    },
  });
  (globalThis as { RegExp: RegExpConstructor }).RegExp = proxy;
  return {
    stop: () => {
      (globalThis as { RegExp: RegExpConstructor }).RegExp = NativeRegExp;
      return [...seen.values()];
    },
  };
}

/** Static risk flags of a pattern (see module comment). */
export type RiskFlag = 'nested-quantifier' | 'nested-quantifier-bounded' | 'quantified-alternation' | 'lazy-scan' | 'unbounded-lookbehind';

/**
 * Reads `source` once (escapes, classes, groups, quantifiers) and returns
 * its risk flags. `nested-quantifier` is an unbounded outer quantifier over
 * an unbounded inner one (`(a+)+`); `nested-quantifier-bounded` a bounded
 * outer one (`(?:\w+ ){0,6}`: polynomial of degree 6 at worst).
 */
export function staticRisks(source: string): RiskFlag[] {
  const flags = new Set<RiskFlag>();
  interface Frame { unbounded: boolean; alternation: boolean; lookbehind: boolean }
  const stack: Frame[] = [{ unbounded: false, alternation: false, lookbehind: false }];
  let i = 0;
  let lastAtomGroup: Frame | null = null; // the group that just closed, if the last atom was a group
  const inLookbehind = () => stack.some((f) => f.lookbehind);
  /** Reads a quantifier at i; returns [isQuantifier, unbounded, maxAboveOne]. */
  const quantifier = (): [boolean, boolean, boolean] => {
    const c = source[i];
    let res: [boolean, boolean, boolean] = [false, false, false];
    if (c === '*' || c === '+') { res = [true, true, true]; i++; }
    else if (c === '?') { res = [true, false, false]; i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) {
        const unbounded = m[2] !== undefined && m[3] === '';
        const max = unbounded ? Infinity : Number(m[3] ?? m[1]);
        res = [true, unbounded, max > 1];
        i += m[0].length;
      }
    }
    if (res[0]) {
      const lazy = source[i] === '?';
      if (lazy) i++;
      if (lazy && res[1]) flags.add('lazy-scan');
    }
    return res;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      i += 2;
      if (/[pPu]/.test(source[i - 1]!) && source[i] === '{') i = source.indexOf('}', i) + 1;
      lastAtomGroup = null;
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      lastAtomGroup = null;
    } else if (c === '(') {
      const lb = source.startsWith('(?<=', i) || source.startsWith('(?<!', i);
      stack.push({ unbounded: false, alternation: false, lookbehind: lb });
      // "(" · "(?:" "(?=" "(?!" · "(?<=" "(?<!" · "(?<name>"
      if (source[i + 1] !== '?') i += 1;
      else if (lb) i += 4;
      else if (source[i + 2] === '<') i = source.indexOf('>', i) + 1;
      else i += 3;
      lastAtomGroup = null;
      continue;
    } else if (c === ')') {
      const f = stack.length > 1 ? stack.pop()! : stack[0]!;
      i++;
      lastAtomGroup = f;
    } else if (c === '|') {
      stack[stack.length - 1]!.alternation = true;
      i++;
      lastAtomGroup = null;
      continue;
    } else {
      i++;
      lastAtomGroup = null;
    }
    const group = lastAtomGroup;
    const [isQ, unbounded, many] = quantifier();
    if (!isQ) {
      if (group?.unbounded) stack[stack.length - 1]!.unbounded = true;
      continue;
    }
    if (group) {
      if (group.unbounded && many) flags.add(unbounded ? 'nested-quantifier' : 'nested-quantifier-bounded');
      if (group.alternation && unbounded) flags.add('quantified-alternation');
    }
    if (unbounded || group?.unbounded) {
      stack[stack.length - 1]!.unbounded = true;
      if (unbounded && inLookbehind()) flags.add('unbounded-lookbehind');
    }
  }
  return [...flags];
}

/** Units repeated into pump strings for every regex: characters and tokens of news text. */
export const GENERIC_PUMPS: readonly string[] = [
  'a', 'A', 'é', 'É', '1', ' ', '\u00a0', '\u202f', '\n', '\t', '.', ',', '-', "'", '’', '"', '«', '»', '“', '”', '(', '%', '$', '€', '<', '&',
  'a ', 'Aa ', 'A. ', 'M. ', 'a.', 'a-', 'a, ', "l'", '1 ', '1,', '1.', '1 000 ', '10 % ', 'de la ', '« a ', '"a ', 'Aa Aa, ', 'a\n', '. ', 'aA',
];

/** Words of the pattern (letters outside escapes), to pump the regex with its own vocabulary; at most `max`. */
export function patternWords(source: string, max = 6): string[] {
  const words = source.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ').match(/\p{L}{2,}/gu) ?? [];
  const uniq = [...new Set(words.map((w) => w.toLowerCase()))];
  const picked = [...uniq.slice(0, max >> 1), ...[...uniq].sort((a, b) => b.length - a.length).slice(0, max >> 1)];
  return [...new Set(picked)].slice(0, max);
}

/** Pump units for `source`: generic units, then its own words (lower-case and capitalised), alone and in pairs. */
export function pumpUnits(source: string): string[] {
  const words = patternWords(source);
  const own = words.flatMap((w) => [`${w} `, `${w[0]!.toUpperCase()}${w.slice(1)} `]);
  if (words.length > 1) own.push(`${words[0]} ${words[1]} `, `${words.join(' ')} `);
  return [...new Set([...GENERIC_PUMPS, ...own])];
}

/** `unit` repeated to `size` code units, then U+0001 (a character no pattern expects, so matching fails there). */
export const pump = (unit: string, size: number): string => `${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)}\u0001`;

/**
 * CPU milliseconds of a global scan of `input` with `re` (all matches, empty
 * matches stepped over; the sticky flag dropped so every start position is
 * tried, as a scan of a whole text would). Stops after 10⁶ matches.
 */
export function scanMs(re: RegExp, input: string): number {
  const g = scanner(re);
  g.lastIndex = 0;
  // CPU time of this process, not wall time: a loaded machine (other jobs, a load average of 10+ on 2 cores) stretches
  // wall time by preemption and once faked a super-linear verdict; CPU time counts only the work of the scan
  const c0 = process.cpuUsage();
  let n = 0;
  for (let m = g.exec(input); m !== null && n < 1e6; m = g.exec(input), n++) {
    if (m[0] === '') g.lastIndex++;
  }
  const d = process.cpuUsage(c0);
  return (d.user + d.system) / 1000;
}

const scanners = new WeakMap<RegExp, RegExp>();
/**
 * The global, non-sticky copy of `re` used for scans, built once and run
 * a few times on a short string first: compiling a large /iu pattern takes
 * milliseconds, which must not be timed as matching.
 */
function scanner(re: RegExp): RegExp {
  let g = scanners.get(re);
  if (!g) {
    const flags = re.flags.replace('y', '');
    g = new NativeRegExp(re.source, flags.includes('g') ? flags : `${flags}g`);
    for (let i = 0; i < 3; i++) { g.lastIndex = 0; g.exec('Warm up, 1 000 a.\u0001'); }
    scanners.set(re, g);
  }
  return g;
}

/** Sizes of the probe, code units. */
export const PROBE_SIZES = [8, 12, 16, 20, 24, 28, 256, 2048] as const;

/** The probe's verdict on one regex. */
export interface ProbeResult {
  /** Worst pump unit (largest growth at the last sizes measured). */
  unit: string;
  /** Times at each size measured for that unit, ms. */
  times: number[];
  /** Growth of time from 256 to 2 048 code units (8 when linear, 64 when quadratic). */
  growth: number;
  /**
   * Super-linear: growth above 24× with ≥ 1 ms at 2 048 confirmed by a
   * growth above 10× from 1 024 to 4 096 (best of 5), or over 20 ms at a
   * smaller size (exponential).
   */
  superLinear: boolean;
}

/** Timer floor: times below this are noise. */
const FLOOR_MS = 0.02;

/**
 * Times `re` on every pump unit of {@link pumpUnits} at {@link PROBE_SIZES}
 * (best of 3 for the two largest sizes and any run over 1 ms); stops a unit as soon as a size
 * takes over 20 ms, so exponential patterns cannot hang the run (sizes
 * grow by 4 code units at first: 2⁴ = 16× per step at most for a
 * doubling-per-character pattern).
 */
export function probeRegex(re: RegExp): ProbeResult {
  let worst: ProbeResult = { unit: '', times: [], growth: 0, superLinear: false };
  for (const unit of pumpUnits(re.source)) {
    let r = probeUnit(re, unit);
    // A busy machine can fake a jump: a verdict stands only when two more probes agree.
    for (let k = 0; k < 2 && r.superLinear; k++) {
      const again = probeUnit(re, unit);
      if (!again.superLinear) r = again;
    }
    if (r.superLinear) return r; // one witness is enough; more units would only cost time
    if (r.growth > worst.growth) worst = r;
  }
  return worst;
}

/** One probe of `re` on `unit` at {@link PROBE_SIZES} (see {@link probeRegex}). */
function probeUnit(re: RegExp, unit: string): ProbeResult {
  const times: number[] = [];
  let superLinear = false;
  for (const size of PROBE_SIZES) {
    const input = pump(unit, size);
    let t = scanMs(re, input);
    if (size >= 256 || t > 1) t = Math.min(t, scanMs(re, input), scanMs(re, input)); // a slow first run may be JIT or GC
    const prev = times[times.length - 1];
    times.push(t);
    if (t > 20) { superLinear = size < 2048; break; }
    // exponential: time multiplying between two tiny sizes (4 code units apart)
    if (size <= 28 && prev !== undefined && t > 2 && t / Math.max(prev, FLOOR_MS) > 8) { superLinear = true; break; }
  }
  const small = times[6];
  const large = times[7];
  const growth = large !== undefined && small !== undefined ? large / Math.max(small, FLOOR_MS) : times.length < PROBE_SIZES.length ? Infinity : 0;
  if (large !== undefined && growth > 24 && large >= 1) {
    // Re-measure (best of 5 at 1 024 and 4 096) before calling it.
    const best = (size: number) => Math.min(...Array.from({ length: 5 }, () => scanMs(re, pump(unit, size))));
    const g4 = best(4096) / Math.max(best(1024), FLOOR_MS);
    superLinear = g4 > 10; // linear 4×, quadratic 16×
  }
  return { unit, times, growth, superLinear };
}

/** A confirmation time: measured, or projected when measuring would take too long. */
export interface Confirmation { size: number; ms: number; projected: boolean }

/**
 * Times a global scan of `re` over `unit` pumped to each of `sizes`
 * (10 KB, 100 KB by default), starting from the probe's time at 2 048 code
 * units and the growth exponent it showed (`growth` = ratio for 8× size).
 * A size whose projected time exceeds `maxMs` is not run but reported as
 * projected, so a cubic pattern cannot stall the audit.
 */
export function confirm(re: RegExp, unit: string, probe: ProbeResult, sizes: readonly number[] = [10_000, 100_000], maxMs = 3000): Confirmation[] {
  const out: Confirmation[] = [];
  let lastSize = 2048;
  let lastMs = probe.times[7] ?? probe.times[probe.times.length - 1] ?? 1;
  if (probe.times.length < 8) lastSize = [8, 12, 16, 20, 24, 28, 256, 2048][probe.times.length - 1]!;
  const exponent = Number.isFinite(probe.growth) && probe.growth > 0 ? Math.max(1, Math.log(probe.growth) / Math.log(8)) : 3;
  for (const size of sizes) {
    const projectedMs = lastMs * (size / lastSize) ** exponent;
    if (projectedMs > maxMs) {
      out.push({ size, ms: projectedMs, projected: true });
      lastMs = projectedMs;
    } else {
      lastMs = scanMs(re, pump(unit, size));
      out.push({ size, ms: lastMs, projected: false });
    }
    lastSize = size;
  }
  return out;
}
