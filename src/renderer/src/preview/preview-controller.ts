import type { DOMPurify } from 'dompurify';
import { withPreviewRules } from '../../../shared/render';
import { rewriteAssetUrls, type AssetUrlOf } from './asset-urls';
import { codeStyleSheet, highlightCodeBlocks, type CodeStyle } from './code-highlight';
import frameStyles from './frame.css?raw';
import { interceptLinks } from './frame-links';
import type { PreviewPatch, PreviewSettings } from '../../../shared/preview';
import { PreviewDocument, previewStyleAttribute } from './preview-document';
import type { JobRunner } from './job-runners';
import { PreviewRenderer } from './preview-renderer';
import { renderPageHeader, type PageHeader } from './page-header';
import { blockAtLine, lineAtScrollTop, scrollToReveal, scrollTopForLine } from './scroll-sync';
import { VideoPlayerOverlay } from './video-player';

export interface PreviewControllerOptions {
  frame: HTMLIFrameElement;
  /** Covers the frame; the video player goes there. */
  overlay: HTMLElement;
  /** DOMPurify; the frame's own is made from it, so what it keeps is the frame's nodes. */
  purify: DOMPurify;
  /** Renders what is too big for the page's thread: the worker, normally. */
  jobs: JobRunner;
  /** Markdown rendered per update on the page's thread at most (`threadBudget` by default). */
  threadBudget?: number;
  assetUrlOf: AssetUrlOf;
  openExternal: (url: string) => void;
  /** The user scrolled the preview: the file line now at its top. */
  onScrollSourceLine?: (line: number) => void;
  /** The user clicked a block of the preview (not a link or a video): the file line it starts on. */
  onClickSourceLine?: (line: number) => void;
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
    header: HTMLElement;
    message: HTMLElement;
    detach: () => void;
  } | null = null;
  private input: PreviewInput | null = null;
  private shownPath: string | null = null;
  private ownScrollUntil = 0;
  private lastReportedLine: number | null = null;
  private scrollFrame: number | null = null;
  private theme: 'light' | 'dark' | null = null;
  private codeStyle: CodeStyle = 'github-dark';
  private header: PageHeader | null = null;
  /** The line of the editor's cursor while the editor shows it; its block is kept in view. */
  private cursorLine: number | null = null;
  /** The frame's own sheet and the post's, both constructed (the frame's policy allows no other). */
  private sheets: { frame: CSSStyleSheet; post: CSSStyleSheet } | null = null;
  /**
   * Thumbnails that did not load, until the network comes back: a card drawn
   * again (its title typed in the form, a key at a time) shows its neutral
   * box at once, instead of a broken image that turns into the box a moment
   * later on every key.
   */
  private readonly failedThumbnails = new Set<string>();
  private readonly forgetFailures = () => this.failedThumbnails.clear();

  constructor(private readonly options: PreviewControllerOptions) {
    this.renderer = new PreviewRenderer(
      options.jobs,
      (patch, fresh) => this.patched(patch, fresh),
      (message) => this.failed(message),
      options.threadBudget,
    );
    this.player = new VideoPlayerOverlay(options.overlay, options.frame);
    globalThis.addEventListener('online', this.forgetFailures);
  }

  /** The frame's document is ready (its `load` event): set it up and show the current text. */
  attach(doc: Document): void {
    if (this.attached?.doc === doc) return;
    this.attached?.detach();
    const view = doc.defaultView;
    const container = doc.querySelector('main.post');
    if (!view || !container) return;
    this.useStyles(doc, view);
    const framePurify = this.options.purify(view as Window & typeof globalThis);
    const header = doc.createElement('header');
    header.className = 'page-header';
    header.hidden = true;
    const message = doc.createElement('p');
    message.className = 'post-error';
    message.hidden = true;
    container.before(header, message);
    const content = new PreviewDocument(container, {
      // The sanitized nodes themselves, not HTML to parse a second time; made by the
      // frame's own window, so they are the frame's elements like the ones it parses.
      sanitize: (html) => {
        // Where DOMPurify cannot work it returns its input: show nothing rather than that.
        if (!framePurify.isSupported) throw new Error('The sanitizer cannot run in the frame.');
        return withPreviewRules(framePurify, { styleAttribute: previewStyleAttribute }, (config) =>
          framePurify.sanitize(html, { ...config, RETURN_DOM_FRAGMENT: true }),
        );
      },
      prepare: (fragment) => this.prepare(fragment),
      useStyleSheets: (sheets) => this.usePostStyles(sheets),
    });
    const stopLinks = interceptLinks(doc, {
      openExternal: (url) => this.options.openExternal(url),
      showFragment: (id) => this.showFragment(id),
      playVideo: (card, videoId) => this.player.play(card, videoId),
    });
    const onScroll = (): void => this.scrolled();
    const onResize = (): void => {
      this.player.reposition();
      this.keepCursorInView();
    };
    const onClick = (event: MouseEvent): void => this.clicked(event);
    view.addEventListener('scroll', onScroll, { passive: true });
    view.addEventListener('resize', onResize);
    // Bubbling: links and video cards handle their clicks first and mark them handled.
    doc.addEventListener('click', onClick);
    this.attached = {
      doc,
      view,
      content,
      header,
      message,
      detach: () => {
        stopLinks();
        view.removeEventListener('scroll', onScroll);
        view.removeEventListener('resize', onResize);
        doc.removeEventListener('click', onClick);
      },
    };
    this.applyTheme();
    this.showHeader();
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
    this.keepCursorInView();
  }

  /**
   * Keeps the block of the editor's cursor line (1-based) in view, now and
   * as the preview changes while the user types; null stops following (the
   * cursor is out of the editor's view, the user scrolled away).
   */
  followCursor(line: number | null): void {
    this.cursorLine = line;
    this.keepCursorInView();
  }

  /** Shows the page's header (title, date, author, cover) above the post; null hides it. */
  setHeader(header: PageHeader | null): void {
    if (JSON.stringify(header) === JSON.stringify(this.header)) return;
    this.header = header;
    this.showHeader();
  }

  /** Colours code blocks in this style (the site's `markup.highlight.style`). */
  setCodeStyle(style: CodeStyle): void {
    this.codeStyle = style;
    this.applyTheme();
  }

  dispose(): void {
    globalThis.removeEventListener('online', this.forgetFailures);
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
    this.keepCursorInView();
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
    highlightCodeBlocks(fragment);
    // A wide table scrolls in a box of its own instead of squeezing its columns.
    for (const table of fragment.querySelectorAll('table')) {
      const box = fragment.ownerDocument.createElement('div');
      box.className = 'table-scroll';
      table.replaceWith(box);
      box.append(table);
    }
    for (const image of fragment.querySelectorAll('img:not([loading])')) {
      image.setAttribute('loading', 'lazy');
    }
    for (const card of fragment.querySelectorAll('.shortcode-youtube[data-video-id]')) {
      const title = card.querySelector('.shortcode-youtube-title')?.textContent ?? 'the video';
      card.setAttribute('role', 'button');
      card.setAttribute('tabindex', '0');
      card.setAttribute('aria-label', `Play ${title}`);
      const thumbnail = card.querySelector('img.shortcode-youtube-thumbnail');
      if (!thumbnail) continue;
      const source = thumbnail.getAttribute('src') ?? '';
      if (this.failedThumbnails.has(source)) {
        showThumbnailPlaceholder(card, thumbnail);
        continue;
      }
      thumbnail.addEventListener(
        'error',
        () => {
          this.failedThumbnails.add(source);
          showThumbnailPlaceholder(card, thumbnail);
        },
        { once: true },
      );
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

  private keepCursorInView(): void {
    const attached = this.attached;
    if (!attached || this.cursorLine === null) return;
    const block = blockAtLine(attached.content.sourceBlocks(), this.cursorLine);
    if (!block) return;
    const by = scrollToReveal(block.element.getBoundingClientRect(), attached.view.innerHeight);
    if (by === 0) return;
    this.ownScrollUntil = performance.now() + ownScrollMillis;
    attached.view.scrollBy({ top: by, behavior: 'instant' });
  }

  private clicked(event: MouseEvent): void {
    const attached = this.attached;
    if (!attached || event.defaultPrevented || event.button !== 0) return;
    const target = event.target as Node | null;
    if (!target) return;
    const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
    // Links and video cards do their own thing; a selection being made is not a click to go.
    if (element?.closest('a, [data-video-id], button, summary')) return;
    if (!(attached.view.getSelection()?.isCollapsed ?? true)) return;
    const line = attached.content.lineAt(target);
    if (line !== null) this.options.onClickSourceLine?.(line);
  }

  private showHeader(): void {
    const attached = this.attached;
    if (!attached) return;
    renderPageHeader(attached.header, this.header, this.options.assetUrlOf);
  }

  private readonly topOf = (element: Element): number =>
    element.getBoundingClientRect().top + (this.attached?.view.scrollY ?? 0);

  private useStyles(doc: Document, view: Window): void {
    this.sheets = null;
    const Sheet = (view as Window & typeof globalThis).CSSStyleSheet;
    if (typeof Sheet !== 'function' || !('adoptedStyleSheets' in doc)) return;
    const frame = new Sheet();
    frame.replaceSync(`${frameStyles}\n${codeStyleSheet()}`);
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
    root.setAttribute('data-code-style', this.codeStyle);
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
