import { startWebServer, type WebServer, type WebServerOptions } from '../../src/main/web/server';
import { createHttpClient } from '../../src/renderer/src/client/http-client';
import type { StudioClient } from '../../src/renderer/src/client/studio-client';
import { FetchEventSource } from './fetch-event-source';

/** A web mode server on loopback and the renderer's HTTP client talking to it. */
export interface ServedStudio {
  server: WebServer;
  client: StudioClient;
  /** Every event stream the client opened, in order. */
  sources: FetchEventSource[];
  /** Closes the client's event streams, then the server. */
  close(): Promise<void>;
}

export async function serveStudio(
  options: Pick<WebServerOptions, 'api' | 'events' | 'rendererDir' | 'folders'>,
): Promise<ServedStudio> {
  const server = await startWebServer({ ...options, log: () => undefined });
  const sources: FetchEventSource[] = [];
  const client = createHttpClient({
    baseUrl: server.url,
    token: server.token,
    eventSource: (url) => {
      const source = new FetchEventSource(url, { 'X-Studio-Token': server.token });
      sources.push(source);
      return source;
    },
  });
  return {
    server,
    client,
    sources,
    async close() {
      for (const source of sources) source.close();
      await server.close();
    },
  };
}
