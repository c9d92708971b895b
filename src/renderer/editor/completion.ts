import {
  pickedCompletion,
  startCompletion,
  type Completion,
  type CompletionContext,
  type CompletionSource,
} from '@codemirror/autocomplete';
import { EditorState, type Extension, type Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { parsePost } from '../../shared/post';
import { hugoBuiltinShortcodes, scanShortcodes } from '../../shared/shortcodes';
import { videoIdOfEntry } from '../../shared/validate/rules/videos';
import { youtubeIdOfShortcode } from '../../shared/youtube';
import { frontMatterRange } from './markdown-language';
import { builtinShortcodeParameters } from './shortcode-parameters';
import { readShortcodePrefix, type ShortcodePrefix } from './shortcode-prefix';
import { siteFacts } from './site-facts';

const wordChars = /^[\w.-]*$/;

function inFrontMatter(state: EditorState, pos: number): boolean {
  const range = frontMatterRange(state);
  if (!range || pos <= range.from) return false;
  return range.closed ? pos < range.to : pos <= range.to;
}

function lineBefore(context: CompletionContext): string {
  const line = context.state.doc.lineAt(context.pos);
  return line.text.slice(0, context.pos - line.from);
}

function textAfter(state: EditorState, pos: number): string {
  return state.sliceDoc(pos, state.doc.lineAt(pos).to);
}

/** Inserts `text`, places the cursor `cursor` characters into it, and marks the pick. */
function insertAt(
  view: EditorView,
  completion: Completion,
  from: number,
  to: number,
  text: string,
  cursor = text.length,
): void {
  view.dispatch({
    changes: { from, to, insert: text },
    selection: { anchor: from + cursor },
    annotations: pickedCompletion.of(completion),
    userEvent: 'input.complete',
    scrollIntoView: true,
  });
}

/**
 * Completion's preference for each shortcode, from -99 to 99 (CodeMirror's
 * `boost`): the ones the site's posts call most first, then the site's own
 * before Hugo's, then by name. On a blog of recaps `youtube` comes first.
 */
export function shortcodeBoosts(
  names: ReadonlyMap<string, 'Hugo' | 'site'>,
  uses: ReadonlyMap<string, number>,
): Map<string, number> {
  const ranked = [...names].sort(
    ([a, originA], [b, originB]) =>
      (uses.get(b) ?? 0) - (uses.get(a) ?? 0) ||
      (originA === originB ? 0 : originA === 'site' ? -1 : 1) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  const step = 198 / Math.max(1, ranked.length - 1);
  return new Map(ranked.map(([name], rank) => [name, Math.round(99 - rank * step)]));
}

/**
 * Completes a shortcode name right after `{{<` or `{{%` (and `{{< /`), the
 * site's most used first. Picking one also writes the closer when the tag
 * has none yet, leaving the cursor where the arguments go; after `youtube`,
 * completion goes on with the videos the post describes.
 */
export const shortcodeNameCompletion: CompletionSource = (context) => {
  const { state, pos } = context;
  const prefix = readShortcodePrefix(lineBefore(context));
  if (!prefix || prefix.slot !== null || inFrontMatter(state, pos)) return null;
  const from = pos - prefix.name.length;
  const closer = prefix.delimiter === '<' ? '>}}' : '%}}';
  const facts = state.facet(siteFacts);
  const site = facts.shortcodes;
  const names = new Map<string, 'Hugo' | 'site'>();
  for (const name of hugoBuiltinShortcodes.keys()) names.set(name, 'Hugo');
  for (const name of site.keys()) names.set(name, 'site');

  // An opening tag leaves the cursor where arguments go; a closing tag, after the closer.
  const apply = (view: EditorView, completion: Completion, start: number, end: number): void => {
    const after = textAfter(view.state, end);
    const name = completion.label;
    const spaces = /^\s*/.exec(after)?.[0].length ?? 0;
    // `{{<yo` reads fine to Hugo, but posts write `{{< youtube`.
    const lead = /[<%]/.test(view.state.sliceDoc(start - 1, start)) ? ' ' : '';
    if (/^[>%]\}\}/.test(after.slice(spaces))) {
      const text = `${lead}${name} `;
      const cursor = prefix.closing ? text.length + 3 : text.length;
      insertAt(view, completion, start, end + spaces, text, cursor);
    } else {
      // `{{<}}` is what bracket closing leaves after `{{<`: add only the closer's first character.
      const braces = after.startsWith('}}');
      const text = `${lead}${name} ${braces ? closer.charAt(0) : closer}`;
      const cursor = prefix.closing
        ? text.length + (braces ? 2 : 0)
        : lead.length + name.length + 1;
      insertAt(view, completion, start, end, text, cursor);
    }
    if (name === 'youtube' && !prefix.closing && videosInFrontMatter(view.state).length > 0)
      startCompletion(view);
  };

  const boosts = shortcodeBoosts(names, facts.shortcodeUses);
  const options: Completion[] = [...names].map(([name, origin]) => {
    const uses = facts.shortcodeUses.get(name) ?? 0;
    return {
      label: name,
      detail: origin === 'site' ? 'site shortcode' : 'Hugo shortcode',
      info:
        uses > 0 ? `Used ${uses === 1 ? 'once' : `${uses} times`} in the site's posts.` : undefined,
      type: 'function',
      boost: boosts.get(name) ?? 0,
      apply,
    };
  });
  return { from, options, validFor: /^[\w./-]*$/ };
};

/** A video the post describes in its front matter. */
export interface DescribedVideo {
  id: string;
  title: string | null;
}

const describedVideos = new WeakMap<Text, DescribedVideo[]>();
const embeddedVideos = new WeakMap<Text, Set<string>>();

/**
 * The YouTube videos listed in the front matter's `params.videoSchema` (or
 * the top-level `videoSchema` of older posts), in order. Only the front
 * matter is parsed, once per document version.
 */
export function videosInFrontMatter(state: EditorState): DescribedVideo[] {
  const cached = describedVideos.get(state.doc);
  if (cached) return cached;
  const range = frontMatterRange(state);
  const videos: DescribedVideo[] = [];
  if (range) {
    const doc = parsePost(state.sliceDoc(0, range.to));
    for (const path of [['params', 'videoSchema'], ['videoSchema']]) {
      const list = doc.get(path);
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        const id = videoIdOfEntry(entry);
        if (!id || videos.some((video) => video.id === id)) continue;
        const title =
          entry &&
          typeof entry === 'object' &&
          !Array.isArray(entry) &&
          typeof entry.title === 'string'
            ? entry.title
            : null;
        videos.push({ id, title });
      }
    }
  }
  describedVideos.set(state.doc, videos);
  return videos;
}

function videosEmbedded(state: EditorState): Set<string> {
  const cached = embeddedVideos.get(state.doc);
  if (cached) return cached;
  const bodyFrom = frontMatterRange(state)?.to ?? 0;
  const scan = scanShortcodes(state.sliceDoc(bodyFrom), { usesInner: () => undefined });
  const ids = new Set<string>();
  for (const call of scan.calls) {
    const id = call.name === 'youtube' ? youtubeIdOfShortcode(call) : null;
    if (id) ids.add(id);
  }
  embeddedVideos.set(state.doc, ids);
  return ids;
}

/**
 * Inserts a video's ID (quoted unless typed inside quotes). Right before the
 * tag's closer (`{{< youtube |>}}`, as picking `youtube` leaves it) it adds
 * the space Hugo's posts write there and moves past the closer: the call is
 * complete.
 */
function applyVideoId(id: string, quote: boolean) {
  return (view: EditorView, completion: Completion, from: number, to: number): void => {
    const value = quote ? `"${id}"` : id;
    if (/^[>%]\}\}/.test(textAfter(view.state, to)))
      insertAt(view, completion, from, to, `${value} `, value.length + 4);
    else insertAt(view, completion, from, to, value);
  };
}

/**
 * The videos of the front matter by title, each inserting its ID; those the
 * post does not embed yet first, all above argument names (boost 1 to 99).
 */
function videoOptions(state: EditorState, quote: boolean): Completion[] {
  const embedded = videosEmbedded(state);
  return videosInFrontMatter(state).map((video, index) => {
    const shown = embedded.has(video.id);
    return {
      // Typing a word of the title finds the video; a video without a title, by its ID.
      label: video.title ?? video.id,
      apply: applyVideoId(video.id, quote),
      detail: video.title === null ? undefined : video.id,
      info: shown
        ? 'Already embedded in this post.'
        : 'Described in the front matter, not embedded yet.',
      type: 'constant',
      // Keep the front matter's order, unembedded videos first.
      boost: (shown ? 49 : 99) - Math.min(index, 48),
    };
  });
}

function argumentOptions(prefix: ShortcodePrefix): Completion[] {
  const parameters = builtinShortcodeParameters.get(prefix.name) ?? [];
  const used = new Set(prefix.args.map((argument) => argument.name));
  return parameters
    .filter((parameter) => !used.has(parameter.name))
    .map((parameter) => ({
      label: parameter.name,
      info: parameter.info,
      type: 'property',
      // Below the videos, which are what a `youtube` call is usually for.
      boost: -99,
      apply: (view: EditorView, completion: Completion, from: number, to: number) =>
        insertAt(view, completion, from, to, `${parameter.name}=""`, parameter.name.length + 2),
    }));
}

/**
 * Completes inside a shortcode tag: argument names of Hugo's shortcodes
 * (`youtube`: id, title, class, autoplay…), the values of arguments with a
 * closed set (`true`/`false`, `lazy`/`eager`), and for `youtube`, the IDs of
 * the videos described in the post's `params.videoSchema`.
 */
export const shortcodeArgumentCompletion: CompletionSource = (context) => {
  const { state, pos } = context;
  const prefix = readShortcodePrefix(lineBefore(context));
  if (!prefix?.slot || prefix.closing || inFrontMatter(state, pos)) return null;
  const { slot } = prefix;
  const youtube = prefix.name === 'youtube';
  const from = pos - slot.text.length;
  if (slot.kind === 'argument') {
    const named = prefix.args.every((argument) => argument.name !== null);
    const options = named ? argumentOptions(prefix) : [];
    if (youtube && prefix.args.length === 0) options.push(...videoOptions(state, true));
    return options.length > 0 ? { from, options, validFor: wordChars } : null;
  }
  const videoSlot = slot.argument === 'id' || (slot.argument === null && slot.position === 0);
  if (youtube && videoSlot) {
    return { from, options: videoOptions(state, slot.quote === null), validFor: wordChars };
  }
  const values = builtinShortcodeParameters
    .get(prefix.name)
    ?.find((parameter) => parameter.name === slot.argument)?.values;
  if (!values) return null;
  const options = values.map((value) => ({
    label: value,
    apply: slot.quote === null ? `"${value}"` : value,
    type: 'keyword',
  }));
  return { from, options, validFor: wordChars };
};

const authorValue = /\bauthors?["']?\s*[:=]\s*["']?([\w.-]*)$/;
const authorInFlowList = /\bauthors?["']?\s*[:=]\s*\[(?:[^\]]*[,\s[])?["']?([\w.-]*)$/;
const blockListItem = /^(\s*)-\s+["']?([\w.-]*)$/;
const authorListKey = /^(\s*)authors?\s*:\s*$/;

/** In a YAML block list under `authors:`: the partial key, else null. */
function authorListItem(state: EditorState, pos: number, before: string): string | null {
  const item = blockListItem.exec(before);
  if (!item) return null;
  const indent = item[1]?.length ?? 0;
  for (let number = state.doc.lineAt(pos).number - 1; number >= 1; number--) {
    const text = state.doc.line(number).text;
    if (text.trim() === '') continue;
    const key = authorListKey.exec(text);
    if (key) return (key[1]?.length ?? 0) <= indent ? (item[2] ?? '') : null;
    const sibling = blockListItem.exec(text) ?? /^(\s*)-\s/.exec(text);
    if (!sibling || (sibling[1]?.length ?? 0) !== indent) return null;
  }
  return null;
}

/**
 * Completes author keys (from the site's `data/authors.yaml`) in the front
 * matter after `author:`, in `authors:` lists, and their TOML and JSON forms.
 * Each shows as the author's name, the key beside it; typing matches the key.
 */
export const authorCompletion: CompletionSource = (context) => {
  const { state, pos } = context;
  const { authors, authorNames } = state.facet(siteFacts);
  if (!authors || authors.length === 0 || !inFrontMatter(state, pos)) return null;
  const before = lineBefore(context);
  const typed =
    authorValue.exec(before)?.[1] ??
    authorInFlowList.exec(before)?.[1] ??
    authorListItem(state, pos, before);
  if (typed === null || typed === undefined) return null;
  return {
    from: pos - typed.length,
    options: authors.map((key) => {
      const name = authorNames.get(key);
      return name
        ? { label: key, displayLabel: name, detail: key, type: 'variable' }
        : { label: key, detail: 'author', type: 'variable' };
    }),
    validFor: wordChars,
  };
};

/** The post's completion sources; each answers only in its own context. */
export const postCompletionSources: readonly CompletionSource[] = [
  shortcodeNameCompletion,
  shortcodeArgumentCompletion,
  authorCompletion,
];

const completionData = postCompletionSources.map((source) => ({ autocomplete: source }));

/**
 * Registers the post completions for every language in the document (the
 * front matter is YAML or TOML, the body Markdown). Needs `autocompletion()`,
 * which `editorExtensions` includes, and reads the site's shortcodes and
 * authors from the `siteFacts` facet.
 */
export function postCompletion(): Extension {
  return EditorState.languageData.of(() => completionData);
}
