import type { Session } from 'electron';

/**
 * The app needs no camera, location, notifications, clipboard reads, devices
 * or anything else a page can ask for, so every request and every check is
 * answered no: a script that slips into a preview gets nothing either.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
