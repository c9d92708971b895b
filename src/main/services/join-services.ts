import { channels, type Channel, type StudioApi } from '../../shared/ipc/contract';

/** The channels each service answers, by its type: `Pick<StudioApi, …>`. */
type ChannelsOf<S> = S extends unknown ? Extract<keyof S, Channel> : never;

/**
 * One StudioApi from services that each answer some channels (the
 * workspace, YouTube, Preferences…). The types require every channel to be
 * answered; the check at start-up says which is not, should a cast hide it.
 */
export function joinServices<const S extends readonly Partial<StudioApi>[]>(
  ...services: S & (Channel extends ChannelsOf<S[number]> ? unknown : never)
): StudioApi {
  const api: Record<string, (args: never) => Promise<unknown>> = {};
  for (const channel of Object.keys(channels) as Channel[]) {
    const owner = services.find((service) => typeof service[channel] === 'function');
    if (!owner) throw new Error(`No service answers the call ${channel}.`);
    const handler = owner[channel] as (args: never) => Promise<unknown>;
    api[channel] = (args) => handler.call(owner, args);
  }
  return api as unknown as StudioApi;
}
