import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';
import { pagePolicy, type DevServerPolicy } from '../src/shared/security/page-policy';

const metaTag = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)("\s*\/?>)/i;

/** `html` with its Content-Security-Policy meta tag saying `policy`; throws when it has none. */
export function withMetaPolicy(html: string, policy: string): string {
  if (!metaTag.test(html))
    throw new Error('The renderer index.html has no Content-Security-Policy meta tag to fill in.');
  return html.replace(
    metaTag,
    (_tag, start: string, _old: string, end: string) => start + policy + end,
  );
}

/**
 * Writes the page policy (src/shared/security/page-policy.ts) into the
 * renderer's `<meta>`. A build gets the strict production policy. The dev
 * server gets a nonce made at each start: Vite puts it on every script and
 * style it injects (`html.cspNonce`, also read by its client for the
 * `<style>` of each CSS import), and the policy allows that nonce and the
 * HMR WebSocket, nothing more. Without it `npm run dev` shows the app
 * unstyled.
 */
export function pagePolicyPlugin(nonce = randomBytes(18).toString('base64')): Plugin {
  return {
    name: 'recap-studio:page-policy',
    config(_config, env) {
      return env.command === 'serve' ? { html: { cspNonce: nonce } } : {};
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const origin = context.server?.resolvedUrls?.local[0] ?? null;
        const devServer: DevServerPolicy | undefined = context.server
          ? { origin: origin ?? devOrigin(context.server.config.server.port), nonce }
          : undefined;
        return withMetaPolicy(html, pagePolicy({ delivery: 'meta', devServer }));
      },
    },
  };
}

function devOrigin(port: number | undefined): string {
  return `http://localhost:${port ?? 5173}`;
}
