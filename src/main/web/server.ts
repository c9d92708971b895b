import { createReadStream } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { channels, type StudioApi } from '../../shared/ipc/contract';
import {
  folderPickerCalls,
  folderPickerPrefix,
  type FolderPickerCall,
} from '../../shared/ipc/folder-picker';
import { webAssetPrefix } from '../../shared/ipc/web-asset-url';
import { ServiceError, type CallError, type Result } from '../../shared/ipc/result';
import { createDispatcher } from '../services/dispatch';
import { inertAssetHeaders, lookUpWebAsset } from './asset-route';
import { EventStreams, type SubscribeToEvents } from './event-stream';
import { defaultMaxBodyBytes, isJsonContentType, readJsonBody } from './json-body';
import { checkHost, originAllowed } from './request-guard';
import { pagePolicy, securityHeaders } from './security-headers';
import { findStaticFile } from '../services/static-files';
import { createToken, readCookie, tokenCookie, tokenCookieName, tokensMatch } from './token';
import type { WebFolders } from './web-folders';

export type WebServerOptions = {
  api: StudioApi;
  /** Where main's events come from, e.g. `(listener) => workspace.onEvent(listener)`. */
  events: SubscribeToEvents;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  maxBodyBytes?: number;
  /** Where bugs are reported (a service throwing something other than `ServiceError`). */
  log?: (message: string) => void;
  /** The open folder's root, or null; its files are served under `/asset/` for the preview. */
  openFolder?: () => Promise<string | null>;
  /** Which folders `workspace.open` takes, and the folder picker that adds to them. */
  folders: WebFolders;
};

export type WebServer = {
  /** The server's own origin with a trailing slash, without the token. */
  url: string;
  /** What the user opens: `url` with `?token=…`, exchanged for a cookie on first load. */
  launchUrl: string;
  token: string;
  port: number;
  close: () => Promise<void>;
};

export const tokenHeader = 'x-studio-token';

/**
 * The web mode: the built renderer and the IPC contract over HTTP on
 * 127.0.0.1, for browsers where the Electron binary is missing. Every request
 * passes the Host check (DNS rebinding), the Origin check (other sites'
 * pages) and the token check, in that order; calls are POST with a JSON body
 * only, so no GET and no form or `text/plain` POST from elsewhere changes anything.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const log = options.log ?? ((message: string) => console.error(message));
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const rendererDir = await realpath(options.rendererDir);
  const headers = securityHeaders(await pagePolicy(rendererDir));
  const token = createToken();
  const dispatch = createDispatcher(options.folders.guard(options.api), (error) =>
    log(`Recap Studio web mode: a call failed unexpectedly: ${(error as Error).stack ?? error}`),
  );
  const streams = new EventStreams(options.events, log);
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`Recap Studio web mode: a request failed: ${(error as Error).stack ?? error}`);
      if (!response.headersSent) sendJson(response, 500, failure('internal', 'The server failed.'));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = checkHost(request.headers.host, port);
    if (host === null) {
      sendText(
        response,
        403,
        'This server only answers requests addressed to 127.0.0.1 or localhost.',
      );
      return;
    }
    if (!originAllowed(request.headers.origin, host)) {
      sendText(response, 403, 'Requests from other sites are refused.');
      return;
    }
    const raw = request.url ?? '/';
    const queryStart = raw.indexOf('?');
    const path = queryStart === -1 ? raw : raw.slice(0, queryStart);
    const query = new URLSearchParams(queryStart === -1 ? '' : raw.slice(queryStart + 1));
    if (path === '/api' || path.startsWith('/api/')) await handleApi(request, response, path);
    else await handlePage(request, response, path, query);
  }

  function authenticated(request: IncomingMessage): boolean {
    const fromHeader = request.headers[tokenHeader];
    const given =
      typeof fromHeader === 'string'
        ? fromHeader
        : readCookie(request.headers.cookie, tokenCookieName(port));
    return tokensMatch(given, token);
  }

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<void> {
    if (!authenticated(request)) {
      sendJson(
        response,
        401,
        failure(
          'unauthorized',
          'This page is not signed in to the Recap Studio web server. Open the address it printed in the terminal, with its token, again.',
        ),
      );
      return;
    }
    const name = path.slice('/api/'.length);
    if (name === 'events') {
      if (request.method !== 'GET') {
        sendMethodNotAllowed(response, 'GET');
        return;
      }
      streams.open(response, headers);
      return;
    }
    const pickerCall = name.startsWith(folderPickerPrefix)
      ? name.slice(folderPickerPrefix.length)
      : null;
    if (
      !Object.hasOwn(channels, name) &&
      !(pickerCall && Object.hasOwn(folderPickerCalls, pickerCall))
    ) {
      sendJson(response, 404, failure('invalid', `There is no call named "${name}".`));
      return;
    }
    // Calls change things, so they are POST only: a link, an image or a prefetch never runs one.
    if (request.method !== 'POST') {
      sendMethodNotAllowed(response, 'POST');
      return;
    }
    // Another site can send a `text/plain` or form POST without asking first; a JSON one it cannot.
    if (!isJsonContentType(request.headers['content-type'])) {
      sendJson(response, 415, failure('invalid', 'Calls must be sent as application/json.'));
      return;
    }
    const body = await readJsonBody(request, maxBodyBytes);
    if (body.kind === 'too-large') {
      response.setHeader('Connection', 'close');
      sendJson(
        response,
        413,
        failure(
          'invalid',
          `The request is larger than the web server accepts (${Math.round(maxBodyBytes / 2 ** 20)} MB).`,
        ),
      );
      return;
    }
    if (body.kind === 'bad-json') {
      sendJson(response, 400, failure('invalid', `The request is not valid JSON: ${body.message}`));
      return;
    }
    sendJson(
      response,
      200,
      pickerCall === null
        ? await dispatch(name, body.value)
        : await answerPicker(pickerCall as FolderPickerCall, body.value),
    );
  }

  /** The folder picker's calls, arguments parsed as the contract's are. */
  async function answerPicker(call: FolderPickerCall, args: unknown): Promise<Result<unknown>> {
    const parsed = folderPickerCalls[call].args.safeParse(args ?? {});
    if (!parsed.success)
      return failure(
        'invalid',
        `The folder picker got invalid arguments: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`,
      );
    try {
      const data =
        call === 'list'
          ? await options.folders.list((parsed.data as { path?: string }).path)
          : await options.folders.pick((parsed.data as { path: string }).path);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof ServiceError) return failure(error.code, error.message);
      log(`Recap Studio web mode: the folder picker failed: ${(error as Error).stack ?? error}`);
      return failure('internal', `The folder picker failed: ${(error as Error).message}`);
    }
  }

  async function handlePage(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
    query: URLSearchParams,
  ): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendMethodNotAllowed(response, 'GET, HEAD');
      return;
    }
    const fromQuery = query.get('token');
    if (fromQuery !== null) {
      if (!tokensMatch(fromQuery, token)) {
        sendUnauthorizedPage(response);
        return;
      }
      // Swap the token for a cookie and take it out of the address bar and history.
      query.delete('token');
      const rest = query.toString();
      // `//host/…` or `/\host` would send the browser elsewhere; such a path redirects home.
      const target = /^\/(?![/\\])/.test(path) ? path : '/';
      response.writeHead(303, {
        ...headers,
        'Set-Cookie': tokenCookie(port, token),
        Location: rest === '' ? target : `${target}?${rest}`,
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    if (!authenticated(request)) {
      sendUnauthorizedPage(response);
      return;
    }
    if (path.startsWith(webAssetPrefix)) {
      await sendAsset(request, response, path.slice(webAssetPrefix.length));
      return;
    }
    const found = await findStaticFile(rendererDir, path);
    if (found === null) {
      sendText(response, 404, 'There is no such page.');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': found.contentType,
      'Content-Length': String(found.size),
      'Cache-Control': 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.file).pipe(response);
  }

  /** A file of the open folder (a bundle's image), for the preview; never anything outside it. */
  async function sendAsset(
    request: IncomingMessage,
    response: ServerResponse,
    path: string,
  ): Promise<void> {
    const root = options.openFolder ? await options.openFolder() : null;
    const found = await lookUpWebAsset(root, path);
    if (!found.ok) {
      response.writeHead(found.status, {
        ...headers,
        ...inertAssetHeaders,
        'Content-Type': 'text/plain; charset=utf-8',
      });
      response.end(`${found.reason}\n`);
      return;
    }
    response.writeHead(200, {
      ...headers,
      ...inertAssetHeaders,
      'Content-Type': found.contentType,
      'Content-Length': String(found.size),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.file).pipe(response);
  }

  function sendJson(response: ServerResponse, status: number, result: Result<unknown>): void {
    // Encoded once: measuring the string and then writing it each encoded a
    // workspace's 1.3 MB of pages on a site of 10,000 posts again.
    const body = Buffer.from(JSON.stringify(result), 'utf8');
    response.writeHead(status, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(body.length),
      'Cache-Control': 'no-store',
    });
    response.end(body);
  }

  function sendText(response: ServerResponse, status: number, text: string): void {
    response.writeHead(status, {
      ...headers,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(`${text}\n`);
  }

  function sendMethodNotAllowed(response: ServerResponse, allow: string): void {
    response.setHeader('Allow', allow);
    sendText(response, 405, `This address only answers ${allow} requests.`);
  }

  function sendUnauthorizedPage(response: ServerResponse): void {
    response.writeHead(401, {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(unauthorizedPage);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((error: NodeJS.ErrnoException) => {
    streams.close();
    throw error.code === 'EADDRINUSE'
      ? new Error(`Port ${options.port} on 127.0.0.1 is already in use; choose another one.`)
      : error;
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;

  let closing: Promise<void> | null = null;
  return {
    url,
    launchUrl: `${url}?token=${token}`,
    token,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        streams.close();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

function failure(code: CallError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

const unauthorizedPage = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Recap Studio</title></head>
  <body>
    <h1>Recap Studio</h1>
    <p>This page needs the address Recap Studio printed in the terminal when web mode started,
    including its token. Open that address again; if the server was restarted, use the new one.</p>
  </body>
</html>
`;
