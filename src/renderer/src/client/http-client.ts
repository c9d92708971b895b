import { events, type EventName } from '../../../shared/ipc/contract';
import { folderPickerPrefix, type PickerData } from '../../../shared/ipc/folder-picker';
import { buildCallGroups, type EventListener } from '../../../shared/ipc/preload-api';
import type { Result } from '../../../shared/ipc/result';
import { failure, isResult, type StudioClient } from './studio-client';

/** What this client needs of the browser's `EventSource` (so tests can bring their own). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

export type HttpClientOptions = {
  /** The web mode server's address, e.g. `http://127.0.0.1:43123/`. */
  baseUrl: string;
  /**
   * Sent as `X-Studio-Token`. Pages leave it out: the first load swapped the
   * token for an HttpOnly cookie, which `credentials: 'same-origin'` sends.
   */
  token?: string;
  fetch?: typeof fetch;
  /** Defaults to the browser's `EventSource`. */
  eventSource?: EventSourceFactory;
};

/**
 * The web mode transport: each call is `POST /api/<channel>` with JSON, and
 * main's events arrive over server-sent events at `GET /api/events`, one
 * stream shared by all listeners and opened while anyone listens.
 */
export function createHttpClient(options: HttpClientOptions): StudioClient {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = new URL(options.baseUrl);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token !== undefined) headers['X-Studio-Token'] = options.token;

  /** `POST /api/<name>`: a contract channel, or one of the folder picker's calls. */
  const invoke = async (channel: string, args: unknown): Promise<Result<unknown>> => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(`api/${channel}`, base), {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: JSON.stringify(args ?? {}),
      });
    } catch {
      return failure(
        'io',
        'The Recap Studio web server cannot be reached. Check that it is still running in the terminal.',
      );
    }
    if (response.status === 401 || response.status === 403)
      return failure(
        'unauthorized',
        'This page is not signed in to the Recap Studio web server. Open the address it printed in the terminal, with its token, again.',
      );
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(
        response.status === 413 ? 'invalid' : 'internal',
        `The web server answered ${channel} with HTTP ${response.status} and no result.`,
      );
    }
    return isResult(body)
      ? body
      : failure('internal', `The web server answered ${channel} with something unexpected.`);
  };

  const listeners = new Map<EventName, Set<EventListener<EventName>>>();
  let source: EventSourceLike | null = null;
  let dropped = false;

  const deliver = (name: EventName, data: unknown): void => {
    let payload: unknown;
    try {
      payload = JSON.parse(String(data));
    } catch {
      return;
    }
    const parsed = events[name].safeParse(payload);
    if (!parsed.success) return;
    for (const listener of [...(listeners.get(name) ?? [])]) listener(parsed.data);
  };

  const openStream = (): EventSourceLike => {
    const factory =
      options.eventSource ??
      ((url: string) => {
        const EventSourceClass = (
          globalThis as { EventSource?: new (url: string) => EventSourceLike }
        ).EventSource;
        if (!EventSourceClass) throw new Error('This browser has no EventSource.');
        return new EventSourceClass(url);
      });
    const stream = factory(new URL('api/events', base).href);
    for (const name of Object.keys(events) as EventName[])
      stream.addEventListener(name, (event) => deliver(name, event.data));
    // Events sent while the stream was down are lost: after a reconnect, say the index changed.
    stream.addEventListener('error', () => (dropped = true));
    stream.addEventListener('open', () => {
      if (!dropped) return;
      dropped = false;
      deliver('index.changed', '{}');
    });
    return stream;
  };

  const on = <E extends EventName>(name: E, listener: EventListener<E>): (() => void) => {
    const forName = listeners.get(name) ?? new Set();
    listeners.set(name, forName);
    // A wrapper per call, so the same function subscribed twice is also removed one at a time.
    const entry: EventListener<EventName> = (payload) => listener(payload as never);
    forName.add(entry);
    source ??= openStream();
    return () => {
      forName.delete(entry);
      if ([...listeners.values()].every((set) => set.size === 0)) {
        source?.close();
        source = null;
        dropped = false;
      }
    };
  };

  return {
    ...buildCallGroups(invoke),
    transport: 'http',
    call: invoke as StudioClient['call'],
    on,
    folderPicker: {
      list: (args) =>
        invoke(`${folderPickerPrefix}list`, args) as Promise<Result<PickerData<'list'>>>,
      pick: (args) =>
        invoke(`${folderPickerPrefix}pick`, args) as Promise<Result<PickerData<'pick'>>>,
    },
  };
}
