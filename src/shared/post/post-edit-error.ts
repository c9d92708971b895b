/**
 * Thrown when a form edit cannot be made without risking the file: the front
 * matter is not YAML, has errors, or the change would not read back as
 * intended. The message is meant for the user.
 */
export class PostEditError extends Error {
  override readonly name = 'PostEditError';
}
