import type { Channel } from '../../../shared/ipc/contract';
import { buildCallGroups, preloadApiShape, type PreloadApi } from '../../../shared/ipc/preload-api';
import type { Result } from '../../../shared/ipc/result';
import { failure, isResult, type StudioClient } from './studio-client';

type NamedCall = (args: unknown) => Promise<unknown>;

/**
 * The Electron transport: the named functions the preload exposes as
 * `window.studio`. A preload older or newer than this renderer, or a call
 * that rejects, still comes back as a `Result`.
 */
export function createPreloadClient(studio: PreloadApi): StudioClient {
  const named = new Map<Channel, NamedCall | undefined>();
  for (const { group, method, channel } of preloadApiShape()) {
    const calls = studio[group] as Record<string, NamedCall | undefined> | undefined;
    named.set(channel, calls?.[method]);
  }

  const invoke = async (channel: Channel, args: unknown): Promise<Result<unknown>> => {
    const fn = named.get(channel);
    if (typeof fn !== 'function')
      return failure('internal', `The desktop app does not offer the call ${channel}.`);
    try {
      const result = await fn(args);
      return isResult(result)
        ? result
        : failure('internal', `The desktop app answered ${channel} with something unexpected.`);
    } catch (error) {
      return failure('internal', `The call ${channel} failed: ${(error as Error).message}`);
    }
  };

  return {
    ...buildCallGroups(invoke),
    transport: 'preload',
    call: invoke as StudioClient['call'],
    on: (name, listener) => studio.events.on(name, listener),
  };
}
