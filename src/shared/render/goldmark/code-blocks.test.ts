import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

describe('code blocks (Hugo, highlighting off)', () => {
  it('take the language up to the first space and escape the code', () => {
    expect(html('```go {.x}\nfmt.Println("<hi>")\n```')).toBe(
      '<pre><code class="language-go">fmt.Println(&quot;&lt;hi&gt;&quot;)\n</code></pre>\n',
    );
    expect(html('    indented <b>\n')).toBe('<pre><code>indented &lt;b&gt;\n</code></pre>\n');
  });

  it('carry the source line on <pre>', () => {
    const rendered = renderPostBody('text\n\n```sh\nls\n```', {
      markup: defaultMarkupSettings,
      sourceLines: true,
    });
    expect(rendered.html).toContain(
      '<pre data-source-line="3"><code class="language-sh">ls\n</code></pre>',
    );
  });
});
