/**
 * How a site configures Goldmark, Hugo's Markdown renderer, as far as the
 * preview needs it. Names follow Hugo's `markup.goldmark` settings.
 */
export interface MarkupSettings {
  typographer: TypographerSettings | null;
  footnote: boolean;
  definitionList: boolean;
  table: boolean;
  strikethrough: boolean;
  linkify: boolean;
  /** Scheme put in front of `www.` links. */
  linkifyProtocol: 'http' | 'https';
  taskList: boolean;
  autoHeadingID: boolean;
  autoHeadingIDType: 'github' | 'github-ascii' | 'blackfriday';
  /** `{.class}` after ATX and setext headings. */
  attributeTitle: boolean;
  /** `{.class}` on the line after any block. */
  attributeBlock: boolean;
  wrapStandAloneImageWithinParagraph: boolean;
  /** Raw HTML passes through; otherwise it becomes `<!-- raw HTML omitted -->`. */
  unsafe: boolean;
  hardWraps: boolean;
  xhtml: boolean;
}

/** What the typographer writes for each punctuation, as HTML (entities, usually). */
export interface TypographerSettings {
  leftSingleQuote: string;
  rightSingleQuote: string;
  leftDoubleQuote: string;
  rightDoubleQuote: string;
  enDash: string;
  emDash: string;
  ellipsis: string;
  leftAngleQuote: string;
  rightAngleQuote: string;
  apostrophe: string;
}

export const defaultTypographerSettings: TypographerSettings = {
  leftSingleQuote: '&lsquo;',
  rightSingleQuote: '&rsquo;',
  leftDoubleQuote: '&ldquo;',
  rightDoubleQuote: '&rdquo;',
  enDash: '&ndash;',
  emDash: '&mdash;',
  ellipsis: '&hellip;',
  leftAngleQuote: '&laquo;',
  rightAngleQuote: '&raquo;',
  apostrophe: '&rsquo;',
};

/** Hugo's defaults (gohugoio/hugo markup/goldmark/goldmark_config), for a site that sets nothing. */
export const defaultMarkupSettings: MarkupSettings = {
  typographer: defaultTypographerSettings,
  footnote: true,
  definitionList: true,
  table: true,
  strikethrough: true,
  linkify: true,
  linkifyProtocol: 'https',
  taskList: true,
  autoHeadingID: true,
  autoHeadingIDType: 'github',
  attributeTitle: true,
  attributeBlock: false,
  wrapStandAloneImageWithinParagraph: true,
  unsafe: false,
  hardWraps: false,
  xhtml: false,
};

type ConfigObject = Record<string, unknown>;

/**
 * Reads the Goldmark settings from a site's merged configuration: the whole
 * config object (with a `markup` key) or the `markup` section itself (the
 * contents of `config/_default/markup.yaml`). Hugo's config keys are case
 * insensitive, so these are too. Anything absent or of the wrong type keeps
 * Hugo's default.
 */
export function readMarkupSettings(config: unknown): MarkupSettings {
  const root = asObject(config);
  const markup = get(root, 'markup') ?? root;
  const goldmark = get(markup, 'goldmark');
  const extensions = get(goldmark, 'extensions');
  const parser = get(goldmark, 'parser');
  const attribute = get(parser, 'attribute');
  const renderer = get(goldmark, 'renderer');
  const d = defaultMarkupSettings;

  const idType = getValue(parser, 'autoHeadingIDType');
  const protocol = getValue(extensions, 'linkifyProtocol');
  return {
    typographer: readTypographer(getValue(extensions, 'typographer')),
    footnote: bool(getValue(extensions, 'footnote'), d.footnote),
    definitionList: bool(getValue(extensions, 'definitionList'), d.definitionList),
    table: bool(getValue(extensions, 'table'), d.table),
    strikethrough: bool(getValue(extensions, 'strikethrough'), d.strikethrough),
    linkify: bool(getValue(extensions, 'linkify'), d.linkify),
    linkifyProtocol: protocol === 'http' || protocol === 'https' ? protocol : d.linkifyProtocol,
    taskList: bool(getValue(extensions, 'taskList'), d.taskList),
    autoHeadingID: bool(getValue(parser, 'autoHeadingID'), d.autoHeadingID),
    autoHeadingIDType:
      idType === 'github' || idType === 'github-ascii' || idType === 'blackfriday'
        ? idType
        : d.autoHeadingIDType,
    attributeTitle: bool(getValue(attribute, 'title'), d.attributeTitle),
    attributeBlock: bool(getValue(attribute, 'block'), d.attributeBlock),
    wrapStandAloneImageWithinParagraph: bool(
      getValue(parser, 'wrapStandAloneImageWithinParagraph'),
      d.wrapStandAloneImageWithinParagraph,
    ),
    unsafe: bool(getValue(renderer, 'unsafe'), d.unsafe),
    hardWraps: bool(getValue(renderer, 'hardWraps'), d.hardWraps),
    xhtml: bool(getValue(renderer, 'xhtml'), d.xhtml),
  };
}

/**
 * Hugo 0.111 takes `typographer: false`; later versions take an object with
 * `disable` and one entry per punctuation. Both are read.
 */
function readTypographer(value: unknown): TypographerSettings | null {
  if (value === false) return null;
  const object = asObject(value);
  if (!object) return defaultTypographerSettings;
  if (getValue(object, 'disable') === true) return null;
  const settings = { ...defaultTypographerSettings };
  for (const key of Object.keys(settings) as (keyof TypographerSettings)[]) {
    const custom = getValue(object, key);
    if (typeof custom === 'string') settings[key] = custom;
  }
  return settings;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function asObject(value: unknown): ConfigObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as ConfigObject)
    : undefined;
}

function getValue(object: ConfigObject | undefined, key: string): unknown {
  if (!object) return undefined;
  if (key in object) return object[key];
  const lower = key.toLowerCase();
  for (const [name, value] of Object.entries(object)) {
    if (name.toLowerCase() === lower) return value;
  }
  return undefined;
}

function get(object: ConfigObject | undefined, key: string): ConfigObject | undefined {
  return asObject(getValue(object, key));
}
