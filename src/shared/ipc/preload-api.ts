import {
  channels,
  type ArgsOf,
  type Channel,
  type DataOf,
  type EventName,
  type EventPayload,
} from './contract';
import type { Result } from './result';

type GroupOf<C extends string> = C extends `${infer G}.${string}` ? G : never;
type MethodOf<C extends string, G extends string> = C extends `${G}.${infer M}` ? M : never;

type NamedCall<C> = C extends Channel ? (args: ArgsOf<C>) => Promise<Result<DataOf<C>>> : never;

/** The groups of calls: `posts`, `assets`…, the part of a channel name before its dot. */
export type CallGroup = GroupOf<Channel>;

/** One named function per channel: `posts.read` becomes `calls.posts.read(args)`. */
export type CallGroups = {
  [G in CallGroup]: {
    [M in MethodOf<Channel, G>]: NamedCall<`${G}.${M}`>;
  };
};

export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;
export type Subscribe = <E extends EventName>(name: E, listener: EventListener<E>) => () => void;

/**
 * What the preload exposes as `window.studio`: named functions generated from
 * the contract, never a generic `invoke`, plus a way to listen to main's events.
 */
export type PreloadApi = CallGroups & { events: { on: Subscribe } };

// A group named `events` would collide with the listener entry.
type NoEventsGroup = 'events' extends CallGroup ? never : true;
const noEventsGroup: NoEventsGroup = true;
void noEventsGroup;

export type CallEntry = { group: CallGroup; method: string; channel: Channel };

/** Every channel split into its group and method, in the contract's order. */
export function preloadApiShape(): CallEntry[] {
  return (Object.keys(channels) as Channel[]).map((channel) => {
    const dot = channel.indexOf('.');
    return {
      group: channel.slice(0, dot) as CallGroup,
      method: channel.slice(dot + 1),
      channel,
    };
  });
}

export type Invoke = (channel: Channel, args: unknown) => Promise<Result<unknown>>;

/**
 * Builds the named functions over one `invoke`. The preload passes one that
 * sends on the channel; the renderer's clients reuse it for their named calls.
 * The result holds plain objects and functions only, as `contextBridge` needs.
 */
export function buildCallGroups(invoke: Invoke): CallGroups {
  const groups: Record<string, Record<string, (args: unknown) => Promise<Result<unknown>>>> = {};
  for (const { group, method, channel } of preloadApiShape()) {
    const calls = (groups[group] ??= {});
    calls[method] = (args: unknown) => invoke(channel, args);
  }
  return groups as unknown as CallGroups;
}

export function buildPreloadApi(invoke: Invoke, on: Subscribe): PreloadApi {
  return { ...buildCallGroups(invoke), events: { on } };
}
