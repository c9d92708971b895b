import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';
import { isComputableTemplate } from './site-template';

function inCode(call: string, templates: Record<string, string>): string {
  const shortcodes = new Map(
    Object.entries(templates).map(([name, template]) => [
      name,
      { usesInner: template.includes('.Inner'), template },
    ]),
  );
  return renderPostBody(`\`\`\`\n${call}\n\`\`\`\n`, { markup: defaultMarkupSettings, shortcodes })
    .html;
}

describe("the site's own shortcode templates in code", () => {
  it('are computable when they print only arguments and the inner text', () => {
    expect(isComputableTemplate('<b>{{ .Get 0 }}</b>\n')).toBe(true);
    expect(
      isComputableTemplate('{{- /* note */ -}}\n<i title="{{ .Get `t` }}">{{ .Inner }}</i>'),
    ).toBe(true);
    expect(isComputableTemplate('{{ with .Get 0 }}<b>{{ . }}</b>{{ end }}')).toBe(false);
    expect(isComputableTemplate('<a href="{{ .Get 0 }}">x</a>')).toBe(false);
    expect(isComputableTemplate('<i title="{{ .Inner }}">x</i>')).toBe(false);
    expect(isComputableTemplate('<script>var x = "{{ .Get 0 }}"</script>')).toBe(false);
    expect(isComputableTemplate('{{ partial "x.html" . }}')).toBe(false);
  });

  it('print what Hugo prints: arguments escaped as html/template does, trimming kept', () => {
    expect(
      inCode('A {{< v "1 < 2" >}} and {{< k >}}Ctrl{{< /k >}}.', {
        v: '<b title="{{ .Get 0 }}">{{ .Get 0 }}</b>\n',
        k: '<kbd>{{ .Inner | upper }}</kbd>',
      }),
    ).toBe(
      '<pre><code>A <b title="1 &lt; 2">1 &lt; 2</b>\n' +
        ' and <div class="shortcode-placeholder" data-shortcode="k"><span class="shortcode-label">Shortcode k (with content), shown on the site only</span> <code>{{&lt; k &gt;}}</code></div>\n.\n</code></pre>\n',
    );
  });
});
