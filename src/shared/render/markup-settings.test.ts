import { describe, expect, it } from 'vitest';
import {
  defaultMarkupSettings,
  defaultTypographerSettings,
  readMarkupSettings,
} from './markup-settings';

describe('readMarkupSettings', () => {
  it("gives Hugo's Goldmark defaults for a site that sets nothing", () => {
    expect(readMarkupSettings({})).toEqual(defaultMarkupSettings);
    expect(readMarkupSettings(undefined)).toEqual(defaultMarkupSettings);
    expect(defaultMarkupSettings).toMatchObject({
      unsafe: false,
      attributeBlock: false,
      attributeTitle: true,
      wrapStandAloneImageWithinParagraph: true,
      linkifyProtocol: 'https',
      autoHeadingIDType: 'github',
    });
  });

  it("reads linkerd.io's markup section (config/_default/markup.yaml)", () => {
    const settings = readMarkupSettings({
      highlight: { style: 'github-dark' },
      goldmark: {
        renderer: { unsafe: true },
        parser: { attribute: { block: true }, wrapStandAloneImageWithinParagraph: false },
      },
    });
    expect(settings).toEqual({
      ...defaultMarkupSettings,
      unsafe: true,
      attributeBlock: true,
      wrapStandAloneImageWithinParagraph: false,
    });
  });

  it('reads a whole site config with a markup key, keys in any case', () => {
    const settings = readMarkupSettings({
      title: 'Site',
      Markup: {
        Goldmark: {
          Extensions: { Linkify: false, linkifyprotocol: 'http', Table: false },
          Parser: { AutoHeadingIDType: 'github-ascii' },
          Renderer: { HardWraps: true },
        },
      },
    });
    expect(settings.linkify).toBe(false);
    expect(settings.linkifyProtocol).toBe('http');
    expect(settings.table).toBe(false);
    expect(settings.autoHeadingIDType).toBe('github-ascii');
    expect(settings.hardWraps).toBe(true);
  });

  it('reads the typographer as a switch (Hugo 0.111) or as an object (later Hugo)', () => {
    const read = (typographer: unknown) =>
      readMarkupSettings({ goldmark: { extensions: { typographer } } }).typographer;
    expect(read(false)).toBeNull();
    expect(read(true)).toEqual(defaultTypographerSettings);
    expect(read({ disable: true })).toBeNull();
    expect(read({ leftDoubleQuote: '&laquo;', rightDoubleQuote: '&raquo;' })).toEqual({
      ...defaultTypographerSettings,
      leftDoubleQuote: '&laquo;',
      rightDoubleQuote: '&raquo;',
    });
  });

  it('keeps the default where a value has the wrong type or an unknown choice', () => {
    const settings = readMarkupSettings({
      goldmark: {
        renderer: { unsafe: 'yes' },
        extensions: { linkifyProtocol: 'gopher' },
        parser: { autoHeadingIDType: 'mine' },
      },
    });
    expect(settings.unsafe).toBe(false);
    expect(settings.linkifyProtocol).toBe('https');
    expect(settings.autoHeadingIDType).toBe('github');
  });
});
