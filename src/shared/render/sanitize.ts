import type { Config, DOMPurify, UponSanitizeAttributeHook, NodeHook } from 'dompurify';
import { safeInlineStyle, safeStyleSheet } from './css-filter';

export interface SanitizeOptions {
  /**
   * URL schemes the preview's own links and images use besides http(s) and
   * mailto (the confined asset route's scheme, say), without the colon.
   */
  extraUriSchemes?: readonly string[];
  /**
   * Where `style` attributes go. The preview frame's policy refuses style
   * attributes in markup, so the frame asks for `data-preview-style` and
   * sets each through the element's style object; the default keeps `style`.
   */
  styleAttribute?: string;
}

const forbiddenTags = [
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
 * MathML); `style` attributes and `<style>` elements kept, as the site shows
 * them, without what could load or run something (`url(`, `@import`…, see
 * `css-filter.ts`): the preview is an isolated frame, so a style can only
 * restyle the post inside it; no forms or frames, inputs only
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
  return withPreviewRules(purify, options, (config) => purify.sanitize(html, config));
}

/**
 * Runs `sanitize` with the preview's rules (see `sanitizePreviewHtml`): its
 * configuration to pass to DOMPurify, and its hooks installed meanwhile. For
 * a DOMPurify call of another form, such as the preview's, which takes the
 * sanitized nodes themselves instead of HTML to parse again.
 */
export function withPreviewRules<T>(
  purify: DOMPurify,
  options: SanitizeOptions,
  sanitize: (config: Config) => T,
): T {
  const schemes = ['(?:f|ht)tps?', 'mailto', ...(options.extraUriSchemes ?? []).map(escapeRegExp)];
  const config: Config = {
    USE_PROFILES: { html: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
    SANITIZE_NAMED_PROPS: true,
    ALLOW_DATA_ATTR: true,
    // A `<style>` first in the body would otherwise be moved to the head and dropped.
    FORCE_BODY: true,
    ALLOWED_URI_REGEXP: new RegExp(
      `^(?:(?:${schemes.join('|')}):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))`,
      'i',
    ),
  };
  const styleAttribute = options.styleAttribute ?? 'style';
  const filterStyleAttribute: UponSanitizeAttributeHook = (_node, event) => {
    if (event.attrName !== 'style') return;
    event.attrValue = safeInlineStyle(event.attrValue);
    event.keepAttr = event.attrValue !== '';
  };
  const filterStyleSheet: NodeHook = (node) => {
    const element = node as unknown as StyleLike;
    if (element.nodeName?.toLowerCase() !== 'style') return;
    element.textContent = safeStyleSheet(element.textContent ?? '');
  };
  const moveStyleAttribute: NodeHook = (node) => {
    const element = node as unknown as InputLike;
    if (styleAttribute === 'style' || !element.hasAttribute?.('style')) return;
    element.setAttribute(styleAttribute, element.getAttribute('style') ?? '');
    element.removeAttribute('style');
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
  purify.addHook('uponSanitizeAttribute', filterStyleAttribute);
  purify.addHook('afterSanitizeElements', filterStyleSheet);
  purify.addHook('afterSanitizeAttributes', disarmInputs);
  purify.addHook('afterSanitizeAttributes', moveStyleAttribute);
  try {
    return sanitize(config);
  } finally {
    purify.removeHook('uponSanitizeAttribute', filterStyleAttribute);
    purify.removeHook('afterSanitizeElements', filterStyleSheet);
    purify.removeHook('afterSanitizeAttributes', disarmInputs);
    purify.removeHook('afterSanitizeAttributes', moveStyleAttribute);
  }
}

/** What the input hook touches; declared here because shared code has no DOM types in Node builds. */
interface InputLike {
  nodeName?: string;
  readonly attributes: ArrayLike<{ name: string }>;
  hasAttribute(name: string): boolean;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  setAttribute(name: string, value: string): void;
}

interface StyleLike {
  nodeName?: string;
  textContent: string | null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
