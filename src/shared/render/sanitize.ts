import type { Config, DOMPurify, UponSanitizeAttributeHook, NodeHook } from 'dompurify';

export interface SanitizeOptions {
  /**
   * URL schemes the preview's own links and images use besides http(s) and
   * mailto (the confined asset route's scheme, say), without the colon.
   */
  extraUriSchemes?: readonly string[];
}

/** Cells keep the alignment tables carry (`style="text-align:…"`); nothing else keeps a style. */
const tableAlignment = /^text-align:\s*(left|center|right)$/;

const forbiddenTags = [
  'style',
  'form',
  'button',
  'select',
  'option',
  'optgroup',
  'datalist',
  'textarea',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'link',
  'meta',
  'dialog',
  'template',
];

const forbiddenAttributes = [
  'action',
  'formaction',
  'form',
  'autofocus',
  'srcdoc',
  'popover',
  'popovertarget',
  'ping',
];

/**
 * Makes rendered post HTML safe to show: DOMPurify with HTML only (no SVG or
 * MathML), no `<style>`, no `style` attributes (a `position:fixed` box could
 * cover the app) except table cell alignment, no forms or frames, inputs only
 * as disabled checkboxes (task lists), `id`/`name` prefixed with
 * `user-content-` against DOM clobbering, and links and sources only to
 * http(s), ftp(s), mailto and relative URLs. YouTube players are not allowed here:
 * the preview frame loads them on click, outside the sanitized HTML.
 *
 * `purify` is a DOMPurify bound to a window: jsdom's in Node, the page's
 * in the renderer.
 */
export function sanitizePreviewHtml(
  html: string,
  purify: DOMPurify,
  options: SanitizeOptions = {},
): string {
  const schemes = ['(?:f|ht)tps?', 'mailto', ...(options.extraUriSchemes ?? []).map(escapeRegExp)];
  const config: Config = {
    USE_PROFILES: { html: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
    SANITIZE_NAMED_PROPS: true,
    ALLOW_DATA_ATTR: true,
    ALLOWED_URI_REGEXP: new RegExp(
      `^(?:(?:${schemes.join('|')}):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))`,
      'i',
    ),
  };
  const keepOnlyTableAlignment: UponSanitizeAttributeHook = (node, event) => {
    if (event.attrName !== 'style') return;
    const tag = node.nodeName.toLowerCase();
    event.keepAttr = (tag === 'td' || tag === 'th') && tableAlignment.test(event.attrValue.trim());
  };
  const disarmInputs: NodeHook = (node) => {
    const element = node as unknown as InputLike;
    if (element.nodeName?.toLowerCase() !== 'input') return;
    const checked = element.hasAttribute('checked');
    for (const name of Array.from(element.attributes, (attribute) => attribute.name)) {
      element.removeAttribute(name);
    }
    if (checked) element.setAttribute('checked', '');
    element.setAttribute('disabled', '');
    element.setAttribute('type', 'checkbox');
  };
  purify.addHook('uponSanitizeAttribute', keepOnlyTableAlignment);
  purify.addHook('afterSanitizeAttributes', disarmInputs);
  try {
    return purify.sanitize(html, config);
  } finally {
    purify.removeHook('uponSanitizeAttribute', keepOnlyTableAlignment);
    purify.removeHook('afterSanitizeAttributes', disarmInputs);
  }
}

/** What the input hook touches; declared here because shared code has no DOM types in Node builds. */
interface InputLike {
  nodeName?: string;
  readonly attributes: ArrayLike<{ name: string }>;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  setAttribute(name: string, value: string): void;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
