const videoIdPattern = /^[A-Za-z0-9_-]{11}$/;

/** YouTube's privacy-enhanced player for a video, starting at once. */
export function playerUrl(videoId: string): string {
  if (!videoIdPattern.test(videoId)) throw new Error(`"${videoId}" is not a YouTube video ID.`);
  return `https://www.youtube-nocookie.com/embed/${videoId}?autoplay=1&rel=0`;
}

/**
 * Plays a video card's video over the card. The player cannot live inside
 * the preview frame: a frame inherits its parent's sandbox, and the preview
 * frame allows no scripts, so YouTube's player would not run there. It is
 * an iframe in the app page instead (the app's policy allows only this
 * player), laid over the card and following it as the preview scrolls.
 */
export class VideoPlayerOverlay {
  private playing: { card: Element; box: HTMLElement } | null = null;

  /**
   * `layer` covers the preview frame exactly (positioned, clipping what
   * overflows); `frame` is the preview frame.
   */
  constructor(
    private readonly layer: HTMLElement,
    private readonly frame: HTMLIFrameElement,
  ) {}

  play(card: Element, videoId: string): void {
    this.close();
    const doc = this.layer.ownerDocument;
    const box = doc.createElement('div');
    box.className = 'preview-video-player';
    Object.assign(box.style, { position: 'absolute', pointerEvents: 'auto', background: '#000' });

    const player = doc.createElement('iframe');
    player.src = playerUrl(videoId);
    player.title = card.querySelector('.shortcode-youtube-title')?.textContent ?? 'YouTube video';
    player.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    player.allowFullscreen = true;
    // YouTube refuses to play without knowing the embedding origin.
    player.referrerPolicy = 'strict-origin-when-cross-origin';
    player.setAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-presentation allow-popups',
    );
    Object.assign(player.style, { width: '100%', height: '100%', border: '0', display: 'block' });

    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.title = 'Close the video';
    close.setAttribute('aria-label', 'Close the video');
    Object.assign(close.style, {
      position: 'absolute',
      top: '4px',
      right: '4px',
      width: '28px',
      height: '28px',
      border: '0',
      borderRadius: '14px',
      background: 'rgba(0, 0, 0, 0.7)',
      color: '#fff',
      fontSize: '18px',
      lineHeight: '28px',
      cursor: 'pointer',
    });
    close.addEventListener('click', () => this.close());

    box.append(player, close);
    this.layer.append(box);
    this.playing = { card, box };
    this.reposition();
  }

  /** Moves the player over its card again (after scrolling, resizing or new content). */
  reposition(): void {
    if (!this.playing) return;
    let { card } = this.playing;
    const { box } = this.playing;
    if (!card.isConnected) {
      // Its part was rendered again: follow the card for the same video, if there is one.
      const videoId = card.getAttribute('data-video-id') ?? '';
      const same = this.frame.contentDocument?.querySelectorAll(
        `.shortcode-youtube[data-video-id="${videoId}"]`,
      );
      if (!same || same.length !== 1 || !videoIdPattern.test(videoId)) {
        this.close();
        return;
      }
      card = same[0] as Element;
      this.playing.card = card;
    }
    const frameRect = this.frame.getBoundingClientRect();
    const layerRect = this.layer.getBoundingClientRect();
    const thumbnail = card.querySelector('.shortcode-youtube-thumbnail') ?? card;
    const rect = thumbnail.getBoundingClientRect();
    Object.assign(box.style, {
      left: `${frameRect.left - layerRect.left + rect.left}px`,
      top: `${frameRect.top - layerRect.top + rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
  }

  /** The card the player is over, if a video is playing. */
  get card(): Element | null {
    return this.playing?.card ?? null;
  }

  close(): void {
    this.playing?.box.remove();
    this.playing = null;
  }
}
