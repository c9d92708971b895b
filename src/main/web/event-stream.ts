import type { ServerResponse } from 'node:http';
import { events, type EventName } from '../../shared/ipc/contract';

export type EventSink = (name: EventName, payload: unknown) => void;
/** How the server hears main's events: the workspace's `onEvent`, for one. */
export type SubscribeToEvents = (listener: EventSink) => () => void;

/** Comments keep idle connections from being closed by anything along the way. */
const heartbeatMs = 25_000;

/** One `text/event-stream` message; JSON never contains a raw newline, so one data line suffices. */
export function formatEvent(name: EventName, payload: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
}

/**
 * Fans main's events out to every open `GET /api/events` stream. Payloads
 * are checked against the contract so the page only ever sees what it declares.
 */
export class EventStreams {
  private readonly streams = new Set<ServerResponse>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    subscribe: SubscribeToEvents,
    private readonly onBadEvent: (message: string) => void,
  ) {
    this.unsubscribe = subscribe((name, payload) => this.broadcast(name, payload));
    this.heartbeat = setInterval(() => this.write(': keep-alive\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  open(response: ServerResponse, headers: Record<string, string>): void {
    response.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // Proxies must not hold events back.
      'X-Accel-Buffering': 'no',
    });
    // The comment flushes the headers, so EventSource reports the stream open at once.
    response.write(': connected\n\n');
    this.streams.add(response);
    response.on('close', () => this.streams.delete(response));
  }

  get size(): number {
    return this.streams.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }

  private broadcast(name: EventName, payload: unknown): void {
    if (!Object.hasOwn(events, name)) {
      this.onBadEvent(`An event named "${String(name)}" is not in the contract; it was not sent.`);
      return;
    }
    const parsed = events[name].safeParse(payload);
    if (!parsed.success) {
      this.onBadEvent(`The ${name} event did not match the contract; it was not sent.`);
      return;
    }
    this.write(formatEvent(name, parsed.data));
  }

  private write(text: string): void {
    for (const stream of this.streams) stream.write(text);
  }
}
