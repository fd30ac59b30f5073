/**
 * URL fetching against a real node:http server on 127.0.0.1 (port 0), started
 * by the test: statuses, redirect chains and loops, timeout, content types,
 * size caps, gzip bomb, compressed bodies and a charset given only in the
 * Content-Type header.
 */
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, deflateSync, brotliCompressSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { fetchUrl, USER_AGENT } from '../src/input/fetch.js';
import { loadInput } from '../src/input/read.js';
import { InputError } from '../src/errors.js';
import { extract } from '../src/extract.js';

const PAGE_EN = '<!doctype html><html lang="en"><head><title>Rates rise - The Daily</title></head><body><article><p>The central bank raised its rate by 0.25 percentage points on Tuesday, the governor said.</p></article></body></html>';
const PAGE_FR = '<!doctype html><html><head><title>Épargne</title></head><body><article><p>Le ministre a déclaré que la société française était « très exposée » à la crise, a-t-il précisé à Genève.</p></article></body></html>';

let server: Server;
let base = '';
const pending = new Set<ServerResponse>();
let lastUserAgent = '';

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  lastUserAgent = String(req.headers['user-agent'] ?? '');
  const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };
  switch (url.pathname) {
    case '/ok': return html(PAGE_EN);
    case '/r1': res.writeHead(301, { location: '/r2' }); return void res.end();
    case '/r2': res.writeHead(302, { location: `${base}/ok` }); return void res.end();
    case '/loop-a': res.writeHead(302, { location: '/loop-b' }); return void res.end();
    case '/loop-b': res.writeHead(301, { location: '/loop-a' }); return void res.end();
    case '/chain': {
      const n = Number(url.searchParams.get('n') ?? 0);
      res.writeHead(302, { location: n > 0 ? `/chain?n=${n - 1}` : '/ok' });
      return void res.end();
    }
    case '/to-missing': res.writeHead(302, { location: '/missing' }); return void res.end();
    case '/missing': res.writeHead(404, { 'content-type': 'text/html' }); return void res.end('<p>nope</p>');
    case '/broken': res.writeHead(500, { 'content-type': 'text/plain' }); return void res.end('boom');
    case '/slow': pending.add(res); res.writeHead(200, { 'content-type': 'text/html' }); res.write('<p>start'); return; // never ends
    case '/stall': pending.add(res); return; // no headers at all
    case '/pdf': res.writeHead(200, { 'content-type': 'application/pdf' }); return void res.end('%PDF-1.4\n');
    case '/json': res.writeHead(200, { 'content-type': 'application/json' }); return void res.end('{}');
    case '/big-declared': res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(3_000_000) }); return void res.end(Buffer.alloc(3_000_000, 0x61));
    case '/big-chunked': {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 3_000_000) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      return pump();
    }
    case '/bomb': {
      // 64 MB of zeros compress to ~64 KB: the cap must stop decompression.
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      return void res.end(BOMB);
    }
    case '/gzip': res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }); return void res.end(gzipSync(PAGE_EN));
    case '/deflate': res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }); return void res.end(deflateSync(PAGE_EN));
    case '/br': res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }); return void res.end(brotliCompressSync(PAGE_EN));
    case '/cp1252': return html(iconv.encode(PAGE_FR, 'windows-1252'), 'text/html; charset=windows-1252');
    case '/text': return html('The minister said the plan would cost €2 billion.', 'text/plain');
    case '/xhtml': return html(`<?xml version="1.0" encoding="utf-8"?>${PAGE_EN.replace('<!doctype html>', '')}`, 'application/xhtml+xml');
    case '/notype-png': res.writeHead(200); return void res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    case '/ua': return html(`<p>${lastUserAgent}</p>`);
    default: res.writeHead(404); return void res.end();
  }
}

let BOMB: Buffer;

beforeAll(async () => {
  BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of pending) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The InputError thrown by `p`, checked to be one line naming the URL. */
async function failure(p: Promise<unknown>, url: string): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).location).toBe(url);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  }
  throw new Error(`expected ${url} to fail`);
}

describe('fetchUrl: success', () => {
  test('200 with HTML body and the factex User-Agent', async () => {
    const page = await fetchUrl(`${base}/ok`);
    expect(page.status).toBe(200);
    expect(page.format).toBe('html');
    expect(page.bytes.toString('utf8')).toBe(PAGE_EN);
    const ua = await fetchUrl(`${base}/ua`);
    expect(ua.bytes.toString('utf8')).toBe(`<p>${USER_AGENT}</p>`);
  });

  test('301 → 302 chain is followed and reported', async () => {
    const page = await fetchUrl(`${base}/r1`);
    expect(page.finalUrl).toBe(`${base}/ok`);
    expect(page.redirects).toEqual([`${base}/r2`, `${base}/ok`]);
  });

  test('exactly 5 redirects are followed', async () => {
    const page = await fetchUrl(`${base}/chain?n=4`);
    expect(page.redirects).toHaveLength(5);
  });

  test.each([['gzip'], ['deflate'], ['br']])('%s content encoding is decoded', async (enc) => {
    const page = await fetchUrl(`${base}/${enc}`);
    expect(page.bytes.toString('utf8')).toBe(PAGE_EN);
  });

  test('text/plain and application/xhtml+xml are accepted', async () => {
    expect((await fetchUrl(`${base}/text`)).format).toBe('text');
    expect((await fetchUrl(`${base}/xhtml`)).format).toBe('html');
  });
});

describe('fetchUrl: failures are one-line InputErrors naming the URL', () => {
  test.each([
    ['/missing', /^HTTP 404 Not Found$/],
    ['/broken', /^HTTP 500 Internal Server Error$/],
    ['/loop-a', /^redirect loop/],
    ['/chain?n=5', /^too many redirects \(more than 5\)$/],
    ['/pdf', /^unsupported content type 'application\/pdf' \(expected HTML, XHTML or plain text\)$/],
    ['/json', /^unsupported content type 'application\/json'/],
    ['/notype-png', /^binary content \(PNG image\)/],
  ])('%s', async (path, reason) => {
    expect(await failure(fetchUrl(`${base}${path}`), `${base}${path}`)).toMatch(reason);
  });

  test('a 404 after a redirect says where it ended', async () => {
    const url = `${base}/to-missing`;
    expect(await failure(fetchUrl(url), url)).toBe(`HTTP 404 Not Found (after redirect to ${base}/missing)`);
  });

  test('slow body past the timeout is aborted', async () => {
    const url = `${base}/slow`;
    expect(await failure(fetchUrl(url, { timeoutMs: 500 }), url)).toBe('timed out after 500 ms (--timeout)');
  });

  test('no response headers before the timeout', async () => {
    const url = `${base}/stall`;
    expect(await failure(fetchUrl(url, { timeoutMs: 500 }), url)).toMatch(/^timed out after 500 ms/);
  });

  test('declared Content-Length over the cap is refused before reading', async () => {
    const url = `${base}/big-declared`;
    expect(await failure(fetchUrl(url, { maxBytes: 1_000_000 }), url)).toMatch(/^response too large: 2\.9 MB \(limit 976\.6 KB, see --max-bytes\)/);
  });

  test('chunked body over the cap is aborted while streaming', async () => {
    const url = `${base}/big-chunked`;
    expect(await failure(fetchUrl(url, { maxBytes: 1_000_000 }), url)).toMatch(/^response too large: over 976\.6 KB once decompressed/);
  });

  test('gzip bomb: decompression stops at the cap (default 10 MB)', async () => {
    const url = `${base}/bomb`;
    const before = process.memoryUsage().rss;
    expect(await failure(fetchUrl(url), url)).toMatch(/^response too large: over 10 MB once decompressed \(limit 10 MB, the cap for URLs: --max-bytes can lower it, not raise it\)/);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });

  test('connection refused and bad schemes', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const url = `http://127.0.0.1:${port}/`;
    expect(await failure(fetchUrl(url, { timeoutMs: 2000 }), url)).toBe('connection refused');
    expect(await failure(fetchUrl('ftp://example.org/x'), 'ftp://example.org/x')).toMatch(/^unsupported URL scheme 'ftp:'/);
  });

  test('https:// to a server speaking plain HTTP: one line, no OpenSSL internals (new-user trial, 2026-12-03)', async () => {
    const url = base.replace(/^http:/, 'https:') + '/ok';
    const why = await failure(fetchUrl(url, { timeoutMs: 2000 }), url);
    expect(why).toBe('TLS handshake failed: the server does not speak TLS there (try http://?) (ERR_SSL_WRONG_VERSION_NUMBER)');
  });
});

describe('loadInput on URLs', () => {
  test('windows-1252 page declared only in the Content-Type header is decoded', async () => {
    const input = await loadInput(`${base}/cp1252`);
    expect(input.charset).toBe('windows-1252');
    expect(input.contentType).toBe('text/html; charset=windows-1252');
    expect(input.content).toContain('société française était « très exposée » à la crise');
    expect(input.content).not.toContain('Ã©');
    const result = extract(input.content, { format: input.format, includeText: true });
    expect(result.document.text).toContain('Le ministre a déclaré que la société française');
    expect(result.document.title).toBe('Épargne');
  });

  test('a redirect is reported as a warning, source stays the URL asked for', async () => {
    const input = await loadInput(`${base}/r1`);
    expect(input.source).toEqual({ type: 'url', location: `${base}/r1` });
    expect(input.finalUrl).toBe(`${base}/ok`);
    expect(input.warnings).toEqual([`redirected to ${base}/ok`]);
  });

  test('URLs are capped at 10 MB even when the file limit (--max-bytes) is larger', async () => {
    expect(await failure(loadInput(`${base}/bomb`, { maxBytes: 50 * 1024 * 1024 }), `${base}/bomb`)).toMatch(/^response too large: over 10 MB/);
    expect(await failure(loadInput(`${base}/big-chunked`, { maxBytes: 50 * 1024 * 1024, maxFetchBytes: 1_000_000 }), `${base}/big-chunked`)).toMatch(/^response too large: over 976\.6 KB/);
  });

  test('timeoutMs and maxBytes are passed through', async () => {
    expect(await failure(loadInput(`${base}/slow`, { timeoutMs: 300 }), `${base}/slow`)).toBe('timed out after 300 ms (--timeout)');
    expect(await failure(loadInput(`${base}/big-chunked`, { maxBytes: 100_000 }), `${base}/big-chunked`)).toMatch(/^response too large/);
  });
});

describe('fetchUrl: a corrupt compressed body never hangs nor passes', () => {
  // A raw HTTP/1.0 response (the server closes the connection after the body) declaring gzip over bytes that are not
  // gzip: undici may lose the decompression error and leave the body read pending; the fetch must still fail, in time.
  let raw: import('node:net').Server;
  let rawBase = '';
  beforeAll(async () => {
    const net = await import('node:net');
    raw = net.createServer((socket) => {
      socket.once('data', () => {
        socket.end('HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\n\r\nnot gzip at all');
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    rawBase = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => raw.close(() => resolve()));
  });
  test('it fails with a one-line reason naming the compressed body, within the timeout', async () => {
    const url = `${rawBase}/badgzip`;
    const message = await failure(fetchUrl(url, { timeoutMs: 1500 }), url);
    expect(message).toMatch(/corrupt compressed body/);
  });
});
