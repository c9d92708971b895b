import type { DOMPurify } from 'dompurify';
import { sanitizePreviewHtml } from '../../../shared/render';
import { rewriteAssetUrls, type AssetUrlOf } from './asset-urls';
import frameStyles from './frame.css?raw';
import { interceptLinks } from './frame-links';
import type { PreviewPatch, PreviewSettings } from '../../../shared/preview';
import { PreviewDocument, previewStyleAttribute } from './preview-document';
import type { JobRunner } from './job-runners';
import { PreviewRenderer } from './preview-renderer';
import { lineAtScrollTop, scrollTopForLine } from './scroll-sync';
import { VideoPlayerOverlay } from './video-player';

export interface PreviewControllerOptions {
  frame: HTMLIFrameElement;
  /** Covers the frame; the video player goes there. */
  overlay: HTMLElement;
  purify: DOMPurify;
  /** Renders what is too big for the page's thread: the worker, normally. */
  jobs: JobRunner;
  /** Markdown rendered per update on the page's thread at most (`threadBudget` by default). */
  threadBudget?: number;
  assetUrlOf: AssetUrlOf;
  openExternal: (url: string) => void;
  /** The user scrolled the preview: the file line now at its top. */
  onScrollSourceLine?: (line: number) => void;
  /** After each change reached the frame (tests, benchmarks). */
  onPatched?: () => void;
}

export interface PreviewInput {
  /** The whole post file as edited. */
  text: string;
  /** The post's path inside the open folder. */
  path: string;
  settings: PreviewSettings;
}

/** Scroll events this soon after the preview scrolled itself are its own, not the user's. */
const ownScrollMillis = 150;

/**
 * Runs the preview: sends the text to the renderer (latest wins), puts what
 * comes back into the frame sanitized part by part, and handles what the
 * frame cannot do itself (it runs no script): links, video cards, scroll
 * sync. Outside React, so it can be tested and benchmarked on its own.
 */
export class PreviewController {
  private readonly renderer: PreviewRenderer;
  private readonly player: VideoPlayerOverlay;
  private attached: {
    doc: Document;
    view: Window;
    content: PreviewDocument;
    message: HTMLElement;
    detach: () => void;
  } | null = null;
  private input: PreviewInput | null = null;
  private shownPath: string | null = null;
  private ownScrollUntil = 0;
  private lastReportedLine: number | null = null;
  private scrollFrame: number | null = null;
  private theme: 'light' | 'dark' | null = null;
  /** The frame's own sheet and the post's, both constructed (the frame's policy allows no other). */
  private sheets: { frame: CSSStyleSheet; post: CSSStyleSheet } | null = null;

  constructor(private readonly options: PreviewControllerOptions) {
    this.renderer = new PreviewRenderer(
      options.jobs,
      (patch, fresh) => this.patched(patch, fresh),
      (message) => this.failed(message),
      options.threadBudget,
    );
    this.player = new VideoPlayerOverlay(options.overlay, options.frame);
  }

  /** The frame's document is ready (its `load` event): set it up and show the current text. */
  attach(doc: Document): void {
    if (this.attached?.doc === doc) return;
    this.attached?.detach();
    const view = doc.defaultView;
    const container = doc.querySelector('main.post');
    if (!view || !container) return;
    this.useStyles(doc, view);
    const message = doc.createElement('p');
    message.className = 'post-error';
    message.hidden = true;
    container.before(message);
    const content = new PreviewDocument(container, {
      sanitize: (html) =>
        sanitizePreviewHtml(html, this.options.purify, { styleAttribute: previewStyleAttribute }),
      prepare: (fragment) => this.prepare(fragment),
      useStyleSheets: (sheets) => this.usePostStyles(sheets),
    });
    const stopLinks = interceptLinks(doc, {
      openExternal: (url) => this.options.openExternal(url),
      showFragment: (id) => this.showFragment(id),
      playVideo: (card, videoId) => this.player.play(card, videoId),
    });
    const onScroll = (): void => this.scrolled();
    const onResize = (): void => this.player.reposition();
    view.addEventListener('scroll', onScroll, { passive: true });
    view.addEventListener('resize', onResize);
    this.attached = {
      doc,
      view,
      content,
      message,
      detach: () => {
        stopLinks();
        view.removeEventListener('scroll', onScroll);
        view.removeEventListener('resize', onResize);
      },
    };
    this.applyTheme();
    this.shownPath = null;
    this.renderer.startOver();
    if (this.input) this.request(this.input);
  }

  /** The text, post or settings changed. */
  update(input: PreviewInput): void {
    this.input = input;
    if (this.attached) this.request(input);
  }

  setTheme(theme: 'light' | 'dark' | null): void {
    this.theme = theme;
    this.applyTheme();
  }

  /** Scrolls the preview so the block of `line` (1-based, in the file) is at its top. */
  scrollToSourceLine(line: number): void {
    const attached = this.attached;
    if (!attached) return;
    const top = scrollTopForLine(attached.content.sourceBlocks(), line, this.topOf);
    if (top === null) return;
    this.ownScrollUntil = performance.now() + ownScrollMillis;
    this.lastReportedLine = line;
    attached.view.scrollTo({ top: Math.max(0, Math.round(top)), behavior: 'instant' });
  }

  dispose(): void {
    this.attached?.detach();
    this.attached = null;
    this.player.close();
    if (this.scrollFrame !== null) cancelAnimationFrame(this.scrollFrame);
    this.renderer.dispose();
  }

  private request(input: PreviewInput): void {
    if (input.path !== this.shownPath) {
      // Asset URLs depend on the post's folder: every part is prepared again.
      this.shownPath = input.path;
      this.renderer.startOver();
    }
    this.renderer.request(input.text, input.settings);
  }

  private patched(patch: PreviewPatch, fresh: boolean): void {
    const attached = this.attached;
    if (!attached) return;
    attached.message.hidden = true;
    if (fresh) attached.content.clear();
    attached.content.apply(patch);
    this.player.reposition();
    this.options.onPatched?.();
  }

  private failed(message: string): void {
    const attached = this.attached;
    if (!attached) return;
    attached.message.textContent = `The preview could not be brought up to date: ${message}`;
    attached.message.hidden = false;
  }

  private prepare(fragment: DocumentFragment): void {
    rewriteAssetUrls(fragment, this.shownPath ?? '', this.options.assetUrlOf);
    for (const image of fragment.querySelectorAll('img:not([loading])')) {
      image.setAttribute('loading', 'lazy');
    }
    for (const card of fragment.querySelectorAll('.shortcode-youtube[data-video-id]')) {
      const title = card.querySelector('.shortcode-youtube-title')?.textContent ?? 'the video';
      card.setAttribute('role', 'button');
      card.setAttribute('tabindex', '0');
      card.setAttribute('aria-label', `Play ${title}`);
      const thumbnail = card.querySelector('img.shortcode-youtube-thumbnail');
      thumbnail?.addEventListener('error', () => showThumbnailPlaceholder(card, thumbnail), {
        once: true,
      });
    }
  }

  private showFragment(id: string): void {
    const attached = this.attached;
    if (!attached) return;
    // The sanitizer prefixes the post's ids against DOM clobbering.
    const target =
      attached.doc.getElementById(`user-content-${id}`) ?? attached.doc.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
  }

  private scrolled(): void {
    this.player.reposition();
    if (performance.now() < this.ownScrollUntil) return;
    if (this.scrollFrame !== null) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = null;
      const attached = this.attached;
      if (!attached || !this.options.onScrollSourceLine) return;
      const line = lineAtScrollTop(
        attached.content.sourceBlocks(),
        attached.view.scrollY,
        this.topOf,
      );
      if (line === null || line === this.lastReportedLine) return;
      this.lastReportedLine = line;
      this.options.onScrollSourceLine(line);
    });
  }

  private readonly topOf = (element: Element): number =>
    element.getBoundingClientRect().top + (this.attached?.view.scrollY ?? 0);

  private useStyles(doc: Document, view: Window): void {
    this.sheets = null;
    const Sheet = (view as Window & typeof globalThis).CSSStyleSheet;
    if (typeof Sheet !== 'function' || !('adoptedStyleSheets' in doc)) return;
    const frame = new Sheet();
    frame.replaceSync(frameStyles);
    const post = new Sheet();
    doc.adoptedStyleSheets = [frame, post];
    this.sheets = { frame, post };
  }

  /**
   * The rules of the post's `<style>` elements (already cleaned by the
   * sanitizer), scoped to the post so they restyle it as the site would and
   * leave the frame's own elements (error line, video player) alone.
   */
  private usePostStyles(sheets: readonly string[]): void {
    if (!this.sheets) return;
    const text = sheets.join('\n');
    this.sheets.post.replaceSync(text.trim() === '' ? '' : `@scope (main.post) {\n${text}\n}`);
  }

  private applyTheme(): void {
    const root = this.attached?.doc.documentElement;
    if (!root) return;
    if (this.theme) root.setAttribute('data-theme', this.theme);
    else root.removeAttribute('data-theme');
  }
}

/**
 * A thumbnail that cannot load (offline, or the video is gone) gives way to
 * a neutral box with the video's title and duration, instead of a broken
 * image with its alt text over it.
 */
function showThumbnailPlaceholder(card: Element, thumbnail: Element): void {
  const doc = card.ownerDocument;
  const placeholder = doc.createElement('div');
  placeholder.className = 'shortcode-youtube-thumbnail shortcode-youtube-placeholder';
  placeholder.setAttribute('role', 'img');
  placeholder.setAttribute('aria-label', thumbnail.getAttribute('alt') ?? 'Video thumbnail');
  for (const part of ['title', 'duration']) {
    const text = card.querySelector(`.shortcode-youtube-${part}`)?.textContent;
    if (!text) continue;
    const line = doc.createElement('span');
    line.className = `shortcode-youtube-placeholder-${part}`;
    line.textContent = text;
    placeholder.append(line);
  }
  thumbnail.replaceWith(placeholder);
}
