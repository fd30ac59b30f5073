/**
 * Fetching http(s) URLs safely, with Node's global `fetch` (undici).
 *
 * Limits (each failure is an {@link InputError} whose location is the URL and
 * whose message is one line):
 * - timeout for the whole exchange (connection, headers and body), default 20 s;
 * - size cap, default 10 MB: a declared `Content-Length` (compressed size)
 *   above it is refused before reading, and the decompressed body is counted
 *   while streaming and aborted as soon as it passes the cap (gzip bombs);
 * - at most 5 redirects, followed by hand (`redirect: 'manual'`) so that loops,
 *   chains and non-http targets are caught;
 * - content types: HTML (`text/html`), XHTML (`application/xhtml+xml`) and
 *   text (`text/plain`, `text/markdown`); anything else is refused; with no
 *   Content-Type, binary bodies are refused by their magic numbers;
 * - gzip, deflate and br content encodings (decoded by undici).
 *
 * @module
 */
import { CREDENTIALS_REFUSED, withoutCredentials } from './credentials.js';
import { InputError, formatBytes } from '../errors.js';
import { binaryKind } from './decode.js';

/** User-Agent sent with every request. */
export const USER_AGENT = 'factex/0.1 (+https://github.com/factex)';
/** Default timeout of a fetch, milliseconds. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Default size cap of a fetched body, bytes (10 MB). */
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The limit part of a "response too large" message: at the URL cap
 * ({@link DEFAULT_FETCH_MAX_BYTES}, which `--max-bytes` can lower but not
 * raise) it says so; below it, it points to `--max-bytes`.
 */
function limitNote(maxBytes: number, size?: number): string {
  return maxBytes >= DEFAULT_FETCH_MAX_BYTES
    ? `limit ${formatBytes(DEFAULT_FETCH_MAX_BYTES, size)}, the cap for URLs: --max-bytes can lower it, not raise it`
    : `limit ${formatBytes(maxBytes, size)}, see --max-bytes`;
}
/** Most redirects followed. */
export const MAX_REDIRECTS = 5;

/** Options of {@link fetchUrl}. */
export interface FetchOptions {
  /** Timeout of the whole exchange, milliseconds (default {@link DEFAULT_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** Largest body accepted, bytes, compressed and decompressed (default {@link DEFAULT_FETCH_MAX_BYTES}). */
  maxBytes?: number;
  /** Most redirects followed (default {@link MAX_REDIRECTS}). */
  maxRedirects?: number;
  /** User-Agent header (default {@link USER_AGENT}). */
  userAgent?: string;
}

/** A fetched response body. */
export interface FetchedPage {
  /** The URL asked for. */
  url: string;
  /** The URL the body came from, after redirects. */
  finalUrl: string;
  /** HTTP status (2xx). */
  status: number;
  /** The `Content-Type` header, or null. */
  contentType: string | null;
  /** `html`, `text`, or `auto` when the server did not say. */
  format: 'html' | 'text' | 'auto';
  /** Decompressed body. */
  bytes: Buffer;
  /** Redirect targets followed, in order. */
  redirects: string[];
}


/** `html`, `text`, or null (refused) for a Content-Type value; `auto` when absent. */
export function formatOfContentType(contentType: string | null): 'html' | 'text' | 'auto' | null {
  if (!contentType) return 'auto';
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain' || mime === 'text/markdown' || mime === 'text/x-markdown') return 'text';
  if (mime === '' ) return 'auto';
  return null;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** Reason of a network-level failure, one line ("connection refused", "host not found"…). */
function networkReason(e: unknown): string {
  const err = e as { cause?: { code?: string; message?: string }; code?: string; message?: string };
  const code = err.cause?.code ?? err.code;
  switch (code) {
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'host not found';
    case 'ECONNREFUSED': return 'connection refused';
    case 'ECONNRESET': case 'UND_ERR_SOCKET': return 'connection reset by the server';
    case 'ETIMEDOUT': case 'UND_ERR_CONNECT_TIMEOUT': return 'connection timed out';
    case 'CERT_HAS_EXPIRED': case 'DEPTH_ZERO_SELF_SIGNED_CERT': case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE': case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `TLS certificate error (${code})`;
    case 'Z_DATA_ERROR': case 'ERR_INVALID_ARG_TYPE': return 'corrupt compressed body';
    // "ssl3_get_record:wrong version number" from OpenSSL: an https:// URL to a server speaking plain HTTP (new-user trial)
    case 'ERR_SSL_WRONG_VERSION_NUMBER': case 'ERR_SSL_PACKET_LENGTH_TOO_LONG': case 'ERR_SSL_HTTP_REQUEST':
      return `TLS handshake failed: the server does not speak TLS there (try http://?) (${code})`;
    default: {
      // (any other OpenSSL failure: its code, not OpenSSL's internal message with file and line)
      if (typeof code === 'string' && /^ERR_SSL_|^ERR_TLS_/.test(code)) return `TLS error (${code})`;
      const msg = (err.cause?.message ?? err.message ?? 'unknown error').split('\n')[0]!;
      return `network error: ${msg}${code ? ` (${code})` : ''}`;
    }
  }
}

/**
 * Fetches one http(s) URL within the limits of {@link FetchOptions}.
 * @throws InputError (location: `url`) for a bad URL, a network error, a timeout,
 *   an HTTP error status, too many redirects or a loop, a refused content type,
 *   or a body over the size cap.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const fail = (reason: string): never => { throw new InputError(url, reason); };
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return fail('invalid URL');
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') fail(`unsupported URL scheme '${current.protocol}' (http and https only)`);
  if (current.username || current.password) throw new InputError(withoutCredentials(url), CREDENTIALS_REFUSED);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, timeoutMs);
  /** Rejects when the fetch is aborted (timeout or size cap); raced with every body read. */
  const aborted = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  aborted.catch(() => undefined); // settled only by a race that is already over: not an unhandled rejection
  const seconds = timeoutMs >= 1000 ? `${+(timeoutMs / 1000).toFixed(1)} s` : `${timeoutMs} ms`;
  const redirects: string[] = [];
  const seen = new Set<string>([current.href]);
  try {
    for (;;) {
      let res: Response;
      try {
        res = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': options.userAgent ?? USER_AGENT,
            accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
            'accept-encoding': 'gzip, deflate, br',
          },
        });
      } catch (e) {
        if (timedOut) return fail(`timed out after ${seconds} (--timeout)`);
        return fail(networkReason(e));
      }
      const via = redirects.length ? ` (after redirect to ${current.href})` : '';
      if (REDIRECT.has(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) fail(`HTTP ${res.status} redirect without a Location header${via}`);
        let next: URL;
        try {
          next = new URL(location!, current);
        } catch {
          return fail(`HTTP ${res.status} redirect to an invalid URL '${location!.slice(0, 100)}'`);
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') fail(`redirect to unsupported URL scheme '${next.protocol}'`);
        if (seen.has(next.href)) fail(`redirect loop (${next.href} visited twice)`);
        if (redirects.length >= maxRedirects) fail(`too many redirects (more than ${maxRedirects})`);
        seen.add(next.href);
        redirects.push(next.href);
        current = next;
        continue;
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        return fail(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${via}`);
      }
      const contentType = res.headers.get('content-type');
      const format = formatOfContentType(contentType);
      if (format === null) {
        await res.body?.cancel().catch(() => undefined);
        return fail(`unsupported content type '${contentType!.split(';')[0]!.trim()}' (expected HTML, XHTML or plain text)${via}`);
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        return fail(`response too large: ${formatBytes(declared, maxBytes)} (${limitNote(maxBytes, declared)})${via}`);
      }
      const chunks: Buffer[] = [];
      let total = 0;
      if (res.body) {
        const reader = res.body.getReader();
        try {
          for (;;) {
            // raced with the abort: undici can lose a decompression error (a corrupt gzip body on a connection the server
            // closes), leaving read() pending forever; the timeout must still end the fetch
            const { done, value } = await Promise.race([reader.read(), aborted]);
            if (done) break;
            total += value.byteLength;
            if (total > maxBytes) {
              controller.abort();
              return fail(`response too large: over ${formatBytes(maxBytes)} once decompressed (${limitNote(maxBytes)})${via}`);
            }
            chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
          }
        } catch (e) {
          if (e instanceof InputError) throw e;
          reader.cancel().catch(() => undefined);
          if (timedOut) {
            const encoding = res.headers.get('content-encoding');
            const hint = encoding && encoding !== 'identity' ? ` while reading a ${encoding}-encoded body: corrupt compressed body?` : '';
            return fail(`timed out after ${seconds} (--timeout)${hint}${via}`);
          }
          return fail(networkReason(e));
        }
      }
      const bytes = Buffer.concat(chunks, total);
      if (format === 'auto') {
        const kind = binaryKind(bytes);
        if (kind) fail(`binary content (${kind}), no Content-Type${via}`);
      }
      return { url, finalUrl: current.href, status: res.status, contentType, format, bytes, redirects };
    }
  } finally {
    clearTimeout(timer);
  }
}
