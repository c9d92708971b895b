import type { ArgsOf, Channel, DataOf } from '../../../shared/ipc/contract';
import type { FolderPickerCall, PickerArgs, PickerData } from '../../../shared/ipc/folder-picker';
import type { CallGroups, Subscribe } from '../../../shared/ipc/preload-api';
import { errorCodes, type CallError, type Result } from '../../../shared/ipc/result';

/**
 * How the renderer talks to main, whichever transport carries it: Electron's
 * preload or the web mode's HTTP. Calls never throw; every failure, the
 * transport's own included, comes back as `{ok: false, error}`.
 */
export type StudioClient = CallGroups & {
  readonly transport: 'preload' | 'http';
  call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Result<DataOf<C>>>;
  /** Listens to one of main's events; returns the function that stops listening. */
  on: Subscribe;
  /** The web mode's folder picker (the desktop app has the system's dialog instead). */
  readonly folderPicker?: FolderPickerClient;
};

/** Browses the home folder and picks a folder to open, through the web server. */
export type FolderPickerClient = {
  [C in FolderPickerCall]: (args: PickerArgs<C>) => Promise<Result<PickerData<C>>>;
};

export function failure(code: CallError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

const codes = new Set<string>(errorCodes);

/** True for a well-formed `Result`; anything else means the transport or main misbehaved. */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v['ok'] === true) return 'data' in v;
  if (v['ok'] !== false) return false;
  const error = v['error'] as Record<string, unknown> | null | undefined;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error['code'] === 'string' &&
    codes.has(error['code']) &&
    typeof error['message'] === 'string'
  );
}
