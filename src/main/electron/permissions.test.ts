import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from './permissions';

vi.mock('electron', () => ({}));

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (handlers['request'] = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (handlers['check'] = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (handlers['device'] = h),
    } as unknown as Session;
    denyAllPermissions(session);

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      const request = handlers['request'] as (
        c: null,
        p: string,
        cb: (ok: boolean) => void,
      ) => void;
      request(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      const check = handlers['check'] as (c: null, p: string) => boolean;
      expect(check(null, permission)).toBe(false);
    }
    const device = handlers['device'] as (details: object) => boolean;
    expect(device({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });
});
