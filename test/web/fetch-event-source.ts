import type { EventSourceLike } from '../../src/renderer/src/client/http-client';

type Listener = (event: { data?: unknown }) => void;

/**
 * Enough of the browser's EventSource for Node tests (Node 20 has none): it
 * reads `text/event-stream` through fetch and parses it as the HTML standard
 * says (fields per line, `data` lines joined, dispatch on a blank line,
 * comments ignored). No reconnection.
 */
export class FetchEventSource implements EventSourceLike {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly controller = new AbortController();
  opened = false;
  closed = false;

  constructor(url: string, headers: Record<string, string> = {}) {
    void this.run(url, headers);
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }

  close(): void {
    this.closed = true;
    this.controller.abort();
  }

  private fire(type: string, data?: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }

  private async run(url: string, headers: Record<string, string>): Promise<void> {
    try {
      const response = await fetch(url, { headers, signal: this.controller.signal });
      if (!response.ok || !response.body) {
        this.fire('error');
        return;
      }
      this.opened = true;
      this.fire('open');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      let type = '';
      let data: string[] = [];
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let newline: number;
        while ((newline = buffer.search(/\r\n|\r|\n/)) !== -1) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
          if (line === '') {
            if (data.length > 0) this.fire(type || 'message', data.join('\n'));
            type = '';
            data = [];
            continue;
          }
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon === -1 ? line : line.slice(0, colon);
          const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') type = value;
          else if (field === 'data') data.push(value);
        }
      }
      if (!this.closed) this.fire('error');
    } catch {
      if (!this.closed) this.fire('error');
    }
  }
}
