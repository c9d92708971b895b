import { channels, type Channel, type StudioApi } from '../../shared/ipc/contract';

/** A service's share of the contract: the calls of its channel group. */
export type ChannelService = Partial<StudioApi>;

/** The channels some service of the union implements (each class checks its methods' types with `implements`). */
type ChannelsOf<U> = U extends unknown ? keyof U & Channel : never;

/** Compiles only when the services together implement every channel. */
type Complete<S extends readonly ChannelService[]> = [
  Exclude<Channel, ChannelsOf<S[number]>>,
] extends [never]
  ? S
  : { missing: Exclude<Channel, ChannelsOf<S[number]>> };

/**
 * The contract as one object, each call answered by the one service that
 * implements it. Missing channels fail to compile; a channel implemented by
 * two services, or by none, fails here at start-up with a plain message.
 */
export function joinServices<const S extends readonly ChannelService[]>(
  services: S & Complete<S>,
): StudioApi {
  const api: Partial<Record<Channel, unknown>> = {};
  for (const channel of Object.keys(channels) as Channel[]) {
    const owners = services.filter((service) => typeof service[channel] === 'function');
    const owner = owners[0];
    if (owners.length !== 1 || !owner)
      throw new Error(
        `The call ${channel} must be implemented by exactly one service, not ${owners.length}.`,
      );
    api[channel] = (owner[channel] as (args: never) => Promise<unknown>).bind(owner);
  }
  // Every channel was filled above with the method of the service that implements it.
  return api as StudioApi;
}
