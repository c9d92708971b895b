import { channels, type Channel, type StudioApi } from '../../shared/ipc/contract';
import { ServiceError, type Result } from '../../shared/ipc/result';

export type Dispatch = (channel: string, args: unknown) => Promise<Result<unknown>>;

/**
 * The one place calls enter main, whatever the transport (Electron IPC or
 * the web mode's HTTP): the channel must exist, its arguments are parsed with
 * the contract's schema before any work, and every failure becomes data.
 */
export function createDispatcher(
  api: StudioApi,
  onInternalError: (error: unknown) => void = () => undefined,
): Dispatch {
  return async (channel, args) => {
    if (!Object.hasOwn(channels, channel)) {
      return {
        ok: false,
        error: { code: 'invalid', message: `There is no call named "${channel}".` },
      };
    }
    const name = channel as Channel;
    const parsed = channels[name].args.safeParse(args ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return {
        ok: false,
        error: {
          code: 'invalid',
          message: `The call ${name} got invalid arguments${where}: ${issue?.message ?? 'unknown problem'}.`,
        },
      };
    }
    try {
      const handler = api[name] as (args: unknown) => Promise<unknown>;
      return { ok: true, data: await handler.call(api, parsed.data) };
    } catch (error) {
      if (error instanceof ServiceError)
        return { ok: false, error: { code: error.code, message: error.message } };
      onInternalError(error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Something went wrong in ${name}: ${(error as Error).message}`,
        },
      };
    }
  };
}
