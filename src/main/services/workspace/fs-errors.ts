import { ServiceError } from '../../../shared/ipc/result';

/**
 * A file system failure as an error the UI can show: `what` names the file
 * in the user's terms ("the post content/blog/…/index.md").
 */
export function fileSystemError(error: unknown, what: string): ServiceError {
  if (error instanceof ServiceError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new ServiceError('not-found', `There is no ${what}.`);
    case 'EACCES':
    case 'EPERM':
      return new ServiceError('io', `The system does not allow access to ${what}.`);
    case 'ENOSPC':
      return new ServiceError('io', `The disk is full, so ${what} could not be written.`);
    case 'EROFS':
      return new ServiceError('io', `The disk is read-only, so ${what} could not be written.`);
    case 'EISDIR':
      return new ServiceError('not-found', `${capitalize(what)} is a folder, not a file.`);
    default:
      return new ServiceError(
        'io',
        `${capitalize(what)} could not be read or written: ${(error as Error).message}`,
      );
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
