/**
 * Checks that a request is meant for this server and comes from its own page.
 * A Host that is not loopback with our port means DNS rebinding (a foreign
 * name resolving to 127.0.0.1); an Origin other than our own means another
 * site's page is sending the request.
 */

const loopbackNames = ['127.0.0.1', 'localhost', '[::1]'];

/** The lower-cased Host if it names this server on loopback, else null. */
export function checkHost(host: string | undefined, port: number): string | null {
  if (!host) return null;
  const normalized = host.toLowerCase();
  return loopbackNames.some((name) => normalized === `${name}:${port}`) ? normalized : null;
}

/**
 * True when the request has no Origin (same-origin GETs and navigations) or
 * an Origin exactly equal to the one its Host names: no prefix matching, and
 * `null` (sandboxed frames, file pages) is foreign.
 */
export function originAllowed(origin: string | undefined, host: string): boolean {
  if (origin === undefined) return true;
  return origin === `http://${host}`;
}
