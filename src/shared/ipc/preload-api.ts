import type { z } from 'zod';
import {
  channels,
  events,
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

/** One call of the contract as a named function. */
export type Call<C extends Channel> = (args: ArgsOf<C>) => Promise<Result<DataOf<C>>>;

/** Makes the named function of one channel; the transport (IPC, HTTP) decides how it travels. */
export type CallFactory = <C extends Channel>(channel: C) => Call<C>;

/**
 * Every channel's named function, written out one by one so the compiler
 * checks each against the contract: a call wired to the wrong channel, a
 * missing one or an extra one does not compile (Actual's preload and its
 * `satisfies` are the model).
 */
export function callGroupsOf(call: CallFactory): CallGroups {
  return {
    workspace: { open: call('workspace.open'), current: call('workspace.current') },
    posts: {
      list: call('posts.list'),
      search: call('posts.search'),
      read: call('posts.read'),
      validate: call('posts.validate'),
      save: call('posts.save'),
      create: call('posts.create'),
      trash: call('posts.trash'),
      shortcodeUses: call('posts.shortcodeUses'),
    },
    assets: {
      list: call('assets.list'),
      add: call('assets.add'),
      setCover: call('assets.setCover'),
    },
    backups: {
      store: call('backups.store'),
      list: call('backups.list'),
      discard: call('backups.discard'),
    },
    youtube: {
      keyStatus: call('youtube.keyStatus'),
      setKey: call('youtube.setKey'),
      removeKey: call('youtube.removeKey'),
      checkKey: call('youtube.checkKey'),
      lookup: call('youtube.lookup'),
      refresh: call('youtube.refresh'),
      cancel: call('youtube.cancel'),
    },
    preferences: {
      get: call('preferences.get'),
      setVideoConvention: call('preferences.setVideoConvention'),
      setDefaultAuthor: call('preferences.setDefaultAuthor'),
    },
    recap: { create: call('recap.create'), cancel: call('recap.cancel') },
    export: {
      prepare: call('export.prepare'),
      write: call('export.write'),
      chooseFolder: call('export.chooseFolder'),
    },
  } satisfies CallGroups;
}

/** A transport that does not know the contract's types (the HTTP client, test fakes). */
export type Invoke = (channel: Channel, args: unknown) => Promise<Result<unknown>>;

/**
 * Builds the named functions over one untyped `invoke`, for the renderer's
 * clients. The result holds plain objects and functions only, as
 * `contextBridge` needs. The preload passes a typed `CallFactory` to
 * `callGroupsOf` instead.
 */
export function buildCallGroups(invoke: Invoke): CallGroups {
  return callGroupsOf(
    // The transport answers for the channel it was asked; the answer's type is the contract's.
    <C extends Channel>(channel: C): Call<C> =>
      (args) =>
        invoke(channel, args) as Promise<Result<DataOf<C>>>,
  );
}

export function buildPreloadApi(invoke: Invoke, on: Subscribe): PreloadApi {
  return { ...buildCallGroups(invoke), events: { on } };
}

/**
 * An event's payload checked with its schema, or null when it does not
 * match: whatever reaches the page as an event is parsed before a listener
 * sees it.
 */
export function parseEventPayload<E extends EventName>(
  name: E,
  payload: unknown,
): { payload: EventPayload<E> } | null {
  const parsed = eventSchemas[name].safeParse(payload);
  return parsed.success ? { payload: parsed.data } : null;
}

/** The contract's event schemas, typed per event so that one looked up by a generic name keeps its type. */
const eventSchemas: { [E in EventName]: z.ZodType<EventPayload<E>> } = events;
