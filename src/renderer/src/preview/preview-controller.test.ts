// @vitest-environment jsdom
import createDOMPurify from 'dompurify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../../../shared/render';
import { webAssetUrl } from '../../../shared/ipc/web-asset-url';
import { PreviewController } from './preview-controller';
import { createInThreadRunner } from './job-runners';

// linkerd.io's settings: raw HTML passes through Goldmark, so only the sanitizer stands in the way.
const markup: MarkupSettings = {
  ...defaultMarkupSettings,
  unsafe: true,
  attributeBlock: true,
  wrapStandAloneImageWithinParagraph: false,
};
const postPath = 'content/blog/2024/0101-hello/index.md';

let frame: HTMLIFrameElement;
let overlay: HTMLDivElement;
let controller: PreviewController;
let opened: string[];
let patched: () => void;
let reportedLines: number[];
let clickedLines: number[];

beforeEach(() => {
  frame = document.createElement('iframe');
  overlay = document.createElement('div');
  document.body.append(frame, overlay);
  const doc = frame.contentDocument!;
  doc.body.innerHTML = '<main class="post"></main>';
  opened = [];
  reportedLines = [];
  clickedLines = [];
  patched = () => undefined;
  controller = new PreviewController({
    frame,
    overlay,
    purify: createDOMPurify(window),
    jobs: createInThreadRunner(),
    assetUrlOf: webAssetUrl,
    openExternal: (url) => opened.push(url),
    onPatched: () => patched(),
    onScrollSourceLine: (line) => reportedLines.push(line),
    onClickSourceLine: (line) => clickedLines.push(line),
  });
  controller.attach(doc);
});

afterEach(() => {
  controller.dispose();
  frame.remove();
  overlay.remove();
});

/** Shows `body` as a post and waits until the frame has it. */
async function show(body: string, path = postPath): Promise<Document> {
  const done = new Promise<void>((resolve) => (patched = resolve));
  controller.update({ text: `---\ntitle: Test\n---\n${body}`, path, settings: { markup } });
  await done;
  return frame.contentDocument!;
}

const malicious: [string, string][] = [
  ['a script element', '<script>parent.hacked = true</script>\n\nText.'],
  ['an event handler on an image', '<img src="x" onerror="parent.hacked = true">'],
  [
    'a javascript: link',
    '[click](javascript:parent.hacked=true) and <a href="javascript:alert(1)">raw</a>',
  ],
  ['a form', '<form action="https://evil.example/"><input name="q"><button>Send</button></form>'],
  [
    'a style element that loads',
    '<style>@import url(https://evil.example/x.css);\n.x { background: url(https://evil.example/t.png) }</style>\n\nText.',
  ],
  [
    'an inline style that loads',
    '<div style="background:url(https://evil.example/t.png);color:red">x</div><p style="behavior:url(x.htc)">y</p>',
  ],
  [
    'an iframe with onload (Zettlr #1716)',
    '<iframe src="https://evil.example" onload="parent.hacked=true"></iframe>',
  ],
  ['an embed (Joplin CVE-2020-15930)', '<embed src="https://evil.example/x.swf">'],
  ['an object', '<object data="https://evil.example/x"></object>'],
  [
    'a code fence language (MarkText CVE-2021-29996)',
    '```<style/onload=parent.hacked=true>\ncode\n```',
  ],
  [
    'mutation XSS through nested math and style',
    '<math><mtext><table><mglyph><style><img src=x onerror=parent.hacked=true>',
  ],
  [
    'a meta refresh, base and stylesheet link',
    '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
  ],
  ['an svg with onload', '<svg onload="parent.hacked=true"><circle r="4"/></svg>'],
  ['a data: URL link', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
];

describe('the preview frame', () => {
  it.each(malicious)('renders %s harmlessly', async (_, body) => {
    const doc = await show(body);
    const post = doc.querySelector('main.post')!;
    expect(
      post.querySelectorAll(
        'script, style, form, button, iframe, embed, object, meta, base, link, svg, math',
      ),
    ).toHaveLength(0);
    for (const element of post.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), `${element.localName} ${attribute.name}`).toBe(
          false,
        );
        expect(attribute.value).not.toMatch(/^\s*(javascript|data):/i);
      }
      // Styles stay (the frame is isolated), without what could load or run something.
      expect(element.getAttribute('style') ?? '', element.outerHTML).not.toMatch(
        /url\(|@import|behavior|expression/i,
      );
    }
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    for (const link of post.querySelectorAll('a'))
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(opened).toEqual([]);
  });

  it('disarms inputs and prefixes ids against DOM clobbering', async () => {
    const doc = await show('- [x] done\n\n<img id="getElementById" name="cookie" src="a.png">');
    const box = doc.querySelector('input')!;
    expect(box.disabled).toBe(true);
    expect(box.type).toBe('checkbox');
    const image = doc.querySelector('img')!;
    expect(image.id).toBe('user-content-getElementById');
    expect(typeof doc.getElementById).toBe('function');
  });

  it('keeps style attributes through the style object, as the site shows them', async () => {
    const doc = await show(
      '<img src="left.png" style="float:left" alt="x">\n\n<h2 style="clear:left;">Styled</h2>\n\n<style>.note { color: red }</style>',
    );
    expect(doc.querySelector<HTMLElement>('main.post img')!.style.cssFloat).toBe('left');
    expect(doc.querySelector<HTMLElement>('main.post h2')!.style.clear).toBe('left');
    // A <style> element's rules go to the frame's constructed style sheet, not into the DOM.
    expect(doc.querySelectorAll('main.post style')).toHaveLength(0);
  });

  it('keeps table alignment through the style object', async () => {
    const doc = await show('| a | b |\n|--:|:-:|\n| 1 | 2 |\n');
    const cells = doc.querySelectorAll<HTMLTableCellElement>('td');
    expect(cells[0]!.style.textAlign).toBe('right');
    expect(cells[1]!.style.textAlign).toBe('center');
  });

  it('loads relative images through the asset route and leaves other images alone', async () => {
    const doc = await show(
      [
        '![cover](cover.png)',
        '',
        '![up](../0102-other/pic.jpg)',
        '',
        '![site](/images/logo.svg)',
        '',
        '![remote](https://example.com/x.png)',
        '',
        '![escape](../../../../../etc/passwd)',
        '',
        '{{< fig src="diagram one.png" alt="A diagram" >}}',
        '',
      ].join('\n'),
    );
    const sources = Array.from(doc.querySelectorAll('img'), (image) => image.getAttribute('src'));
    expect(sources).toEqual([
      '/asset/content/blog/2024/0101-hello/cover.png',
      '/asset/content/blog/2024/0102-other/pic.jpg',
      '/asset/static/images/logo.svg',
      'https://example.com/x.png',
      '../../../../../etc/passwd',
      '/asset/content/blog/2024/0101-hello/diagram%20one.png',
    ]);
  });

  it('opens web links in the system browser, scrolls to footnotes, ignores site links', async () => {
    const doc = await show(
      'See [Linkerd](https://linkerd.io/docs/), [mail](mailto:hello@example.com), [a post](../0102-other/) and a note.[^1]\n\n[^1]: The note.\n',
    );
    const click = (selector: string, button = 0): MouseEvent => {
      const event = new MouseEvent(button === 0 ? 'click' : 'auxclick', {
        bubbles: true,
        cancelable: true,
        button,
      });
      doc.querySelector(selector)!.dispatchEvent(event);
      return event;
    };
    expect(click('a[href^="https"]').defaultPrevented).toBe(true);
    expect(click('a[href^="mailto"]').defaultPrevented).toBe(true);
    expect(click('a[href="../0102-other/"]').defaultPrevented).toBe(true);
    expect(click('a[href^="https"]', 1).defaultPrevented).toBe(true);
    expect(opened).toEqual([
      'https://linkerd.io/docs/',
      'mailto:hello@example.com',
      'https://linkerd.io/docs/',
    ]);
    const scrolledTo: Element[] = [];
    const frameWindow = doc.defaultView as Window & typeof globalThis;
    frameWindow.Element.prototype.scrollIntoView = function (this: Element) {
      scrolledTo.push(this);
    };
    expect(click('a.footnote-ref').defaultPrevented).toBe(true);
    expect(scrolledTo).toEqual([doc.getElementById('user-content-fn:1')]);
  });

  it('plays a video card in a player laid over it, outside the frame', async () => {
    const doc = await show('{{< youtube "dQw4w9WgXcQ" >}}\n');
    const card = doc.querySelector('[data-shortcode="youtube"]')!;
    expect(card.getAttribute('role')).toBe('button');
    expect(card.getAttribute('tabindex')).toBe('0');
    card.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    const player = overlay.querySelector('iframe')!;
    expect(player.src).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0');
    expect(doc.querySelector('iframe')).toBeNull();
    overlay.querySelector('button')!.click();
    expect(overlay.querySelector('iframe')).toBeNull();
  });

  it('plays a raw YouTube iframe as a card too, and shows other frames as placeholders', async () => {
    const doc = await show(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>\n\n' +
        '<iframe src="https://docs.google.com/p/embed"></iframe>\n',
    );
    expect(doc.querySelector('iframe')).toBeNull();
    expect(doc.querySelector('.embed-placeholder')!.textContent).toContain('docs.google.com');
    doc
      .querySelector('.shortcode-youtube')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(overlay.querySelector('iframe')!.src).toContain('/embed/dQw4w9WgXcQ');
  });

  it('shows a neutral box with title and duration when a thumbnail cannot load', async () => {
    const doc = await show('{{< youtube id="dQw4w9WgXcQ" title="The talk" >}}\n');
    const thumbnail = doc.querySelector('img.shortcode-youtube-thumbnail')!;
    thumbnail.dispatchEvent(new Event('error'));
    expect(doc.querySelector('img.shortcode-youtube-thumbnail')).toBeNull();
    const placeholder = doc.querySelector('.shortcode-youtube-placeholder')!;
    expect(placeholder.getAttribute('role')).toBe('img');
    expect(placeholder.textContent).toBe('The talk');
    expect(doc.querySelector('.shortcode-youtube-caption')!.textContent).toBe('The talk');
  });

  it('draws a card again with the box at once while its thumbnail is known not to load, until back online', async () => {
    const card = (title: string) => `{{< youtube id="dQw4w9WgXcQ" title="${title}" >}}\n`;
    let doc = await show(card('The talk'));
    doc.querySelector('img.shortcode-youtube-thumbnail')!.dispatchEvent(new Event('error'));
    doc = await show(card('The talk, renamed'));
    expect(doc.querySelector('img.shortcode-youtube-thumbnail')).toBeNull();
    expect(doc.querySelector('.shortcode-youtube-placeholder')!.textContent).toBe(
      'The talk, renamed',
    );
    window.dispatchEvent(new Event('online'));
    doc = await show(card('The talk, online'));
    expect(doc.querySelector('img.shortcode-youtube-thumbnail')).not.toBeNull();
    expect(doc.querySelector('.shortcode-youtube-placeholder')).toBeNull();
  });

  it('updates only the part that changed, keeping the other nodes', async () => {
    let doc = await show('# Title\n\nFirst.\n\n## Two\n\nSecond.\n');
    const title = doc.querySelector('h1');
    doc = await show('# Title\n\nFirst.\n\n## Two\n\nSecond, edited.\n');
    expect(doc.querySelector('h1')).toBe(title);
    expect(doc.querySelector('main.post')!.textContent).toContain('Second, edited.');
    expect(doc.querySelectorAll('main.post p')).toHaveLength(2);
  });

  it('shows every part again for another post, its images from its own folder', async () => {
    await show('![x](a.png)\n');
    const doc = await show('![x](a.png)\n', 'content/blog/2024/0303-third/index.md');
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.querySelector('img')!.getAttribute('src')).toBe(
      '/asset/content/blog/2024/0303-third/a.png',
    );
  });

  it('scrolls to the block of a source line, counting lines of the file', async () => {
    const doc = await show('# Title\n\nFirst.\n\n## Two\n\nSecond.\n');
    // jsdom lays nothing out: give each block a top 100px below the one before.
    const blocks = Array.from(doc.querySelectorAll('[data-source-line]'));
    for (const [index, block] of blocks.entries()) {
      block.getBoundingClientRect = () => ({ top: index * 100 }) as DOMRect;
    }
    const scrolled: number[] = [];
    doc.defaultView!.scrollTo = ((options: ScrollToOptions) =>
      scrolled.push(options.top ?? -1)) as typeof window.scrollTo;
    // Front matter is lines 1-3: "## Two" is line 8.
    controller.scrollToSourceLine(8);
    controller.scrollToSourceLine(9);
    controller.scrollToSourceLine(1);
    expect(scrolled).toEqual([200, 250, 0]);
  });
});

describe('scrolling the preview', () => {
  it('reports the source line at the top when the user scrolls, not when the editor scrolled it', async () => {
    const doc = await show('# Title\n\nFirst.\n\n## Two\n\nSecond.\n');
    const view = doc.defaultView!;
    const blocks = Array.from(doc.querySelectorAll('[data-source-line]'));
    let scrollY = 0;
    Object.defineProperty(view, 'scrollY', { get: () => scrollY, configurable: true });
    for (const [index, block] of blocks.entries()) {
      block.getBoundingClientRect = () => ({ top: index * 100 - scrollY }) as DOMRect;
    }
    view.scrollTo = ((options: ScrollToOptions) => {
      scrollY = options.top ?? 0;
      view.dispatchEvent(new Event('scroll'));
    }) as typeof window.scrollTo;
    const frames: FrameRequestCallback[] = [];
    const realFrame = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = (callback) => frames.push(callback);
    try {
      controller.scrollToSourceLine(8);
      expect(frames).toHaveLength(0);
      // Later, the user scrolls half way between "## Two" (line 8) and "Second." (line 10).
      await new Promise((resolve) => setTimeout(resolve, 200));
      scrollY = 250;
      view.dispatchEvent(new Event('scroll'));
      frames.splice(0).forEach((callback) => callback(0));
      expect(reportedLines).toEqual([9]);
    } finally {
      globalThis.requestAnimationFrame = realFrame;
    }
  });
});

describe('the page around the post', () => {
  it('shows the page header above the post, as text, and hides it without one', async () => {
    const doc = await show('## First section\n');
    controller.setHeader({
      title: 'A <i>title</i>',
      date: 'May 1, 2024',
      author: 'Flynn',
      cover: 'content/blog/2024/0101-hello/cover.jpg',
    });
    const header = doc.querySelector('header.page-header') as HTMLElement;
    expect(header.hidden).toBe(false);
    expect(header.querySelector('h1')?.textContent).toBe('A <i>title</i>');
    expect(header.querySelector('img')?.getAttribute('src')).toBe(
      '/asset/content/blog/2024/0101-hello/cover.jpg',
    );
    // Before the post: the first ## is no longer the first heading of the page.
    expect(header.compareDocumentPosition(doc.querySelector('main.post')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    controller.setHeader(null);
    expect(header.hidden).toBe(true);
  });

  it('colours code blocks in the site’s style and puts tables in a box of their own', async () => {
    controller.setCodeStyle('github');
    const doc = await show('```go\nfunc main() {}\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(doc.documentElement.getAttribute('data-code-style')).toBe('github');
    const code = doc.querySelector('pre > code.language-go')!;
    expect(code.textContent).toBe('func main() {}\n');
    expect(code.querySelector('.hljs-keyword')?.textContent).toBe('func');
    expect(doc.querySelector('.table-scroll > table')).not.toBeNull();
  });
});

describe('clicking the preview', () => {
  it('reports the file line of the block clicked, not of links or a selection', async () => {
    const doc = await show('# Title\n\nFirst [link](https://example.com/).\n\n- one\n- two\n');
    const click = (target: Element) =>
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    click(doc.querySelector('h1')!);
    // Front matter is lines 1-3: the list's second item is line 9.
    click(doc.querySelectorAll('li')[1]!);
    click(doc.querySelector('a')!);
    expect(clickedLines).toEqual([4, 9]);
  });
});

describe('following the cursor', () => {
  it('scrolls the block of the cursor into view, and again as the post grows', async () => {
    const doc = await show('# Title\n\nFirst.\n\nLast.\n');
    const view = doc.defaultView!;
    Object.defineProperty(view, 'innerHeight', { value: 600, configurable: true });
    const scrolledBy: number[] = [];
    view.scrollBy = ((options: ScrollToOptions) =>
      scrolledBy.push(options.top ?? 0)) as typeof window.scrollBy;
    const place = () => {
      for (const [index, block] of Array.from(doc.querySelectorAll('[data-source-line]')).entries())
        block.getBoundingClientRect = () =>
          ({ top: index * 400, bottom: index * 400 + 100 }) as DOMRect;
    };
    place();
    // "Last." is line 8, its block at 800-900: below a 600 pixel view.
    controller.followCursor(8);
    expect(scrolledBy).toEqual([900 - 568]);
    controller.followCursor(null);
    const done = new Promise<void>((resolve) => (patched = resolve));
    controller.update({
      text: '---\ntitle: Test\n---\n# Title\n\nFirst.\n\nLast, longer.\n',
      path: postPath,
      settings: { markup },
    });
    await done;
    expect(scrolledBy).toHaveLength(1);
  });
});
