/** What a pasted ID or link points to. */
export type YouTubeReference =
  | { kind: 'video'; id: string }
  | { kind: 'playlist'; listId: string }
  | { kind: 'invalid'; reason: string };

const idShape = /^[0-9A-Za-z_-]{11}$/;
// An ID encodes 64 bits in 11 base64url characters; the last character carries
// only 4 of them, so it is always one of these 16.
const possibleId = /^[0-9A-Za-z_-]{10}[048AEIMQUYcgkosw]$/;
const idCharacters = /^[0-9A-Za-z_-]+$/;
const playlistShape = /^[0-9A-Za-z_-]{13,64}$/;
const bareListPrefixes = /^(?:PL|UU|OL|FL)/;

const youtubeDomains = ['youtube.com', 'youtube-nocookie.com', 'youtubekids.com'];
const shortLinkHosts = new Set(['youtu.be', 'www.youtu.be']);
/** Path prefixes followed by the video ID: `/embed/ID`, `/shorts/ID`… */
const idPaths = new Set(['v', 'embed', 'e', 'shorts', 'live']);

/** Whether the text could be a YouTube video ID (the strict rule). */
export function isPossibleYouTubeId(id: string): boolean {
  return possibleId.test(id);
}

/**
 * Reads a bare video ID or any common YouTube link: any subdomain of
 * youtube.com, youtube-nocookie.com and youtubekids.com, youtu.be, the
 * `/watch?v=`, `/v/`, `/embed/`, `/e/`, `/shorts/` and `/live/` forms, `v=` in
 * the fragment, and `list=` links to playlists.
 */
export function parseYouTubeId(input: string): YouTubeReference {
  const text = input.trim();
  if (text === '') return invalid('Enter a YouTube video ID or link.');
  if (idCharacters.test(text)) {
    if (text.length !== 11 && bareListPrefixes.test(text) && playlistShape.test(text)) {
      return { kind: 'playlist', listId: text };
    }
    return videoOf(text);
  }
  const url = toUrl(text);
  if (!url) return invalid(`${text} is neither a YouTube video ID nor a link.`);
  const host = url.hostname.toLowerCase();
  if (shortLinkHosts.has(host)) return fromShortLink(url);
  if (!youtubeDomains.some((domain) => host === domain || host.endsWith(`.${domain}`))) {
    return invalid(`${host} is not a YouTube address.`);
  }
  return fromYouTubeUrl(url);
}

function invalid(reason: string): YouTubeReference {
  return { kind: 'invalid', reason };
}

function videoOf(id: string): YouTubeReference {
  if (!idShape.test(id)) {
    return invalid(
      `${id} is not a YouTube video ID: an ID is 11 characters, each a letter, a digit, - or _.`,
    );
  }
  if (!isPossibleYouTubeId(id)) {
    return invalid(
      `${id} cannot be a YouTube video ID: the last character of an ID is always one of 0 4 8 A E I M Q U Y c g k o s w.`,
    );
  }
  return { kind: 'video', id };
}

function playlistOf(listId: string): YouTubeReference {
  if (listId.startsWith('RD')) {
    return invalid(
      'This link is a YouTube mix, which YouTube makes for each viewer: it has no fixed list of videos.',
    );
  }
  if (!playlistShape.test(listId)) return invalid(`${listId} is not a YouTube playlist ID.`);
  return { kind: 'playlist', listId };
}

function toUrl(text: string): URL | null {
  let candidate = text;
  if (candidate.startsWith('//')) candidate = `https:${candidate}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(candidate)) candidate = `https://${candidate}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function fromShortLink(url: URL): YouTubeReference {
  const segment = url.pathname.split('/').find((part) => part !== '');
  if (!segment) return invalid('This youtu.be link has no video ID after the /.');
  return videoOf(idInPath(segment));
}

/** `youtu.be/ID&t=30` is a common slip for `youtu.be/ID?t=30`. */
function idInPath(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A stray % stays as written; the ID check then explains what is wrong.
  }
  return decoded.split('&')[0] ?? '';
}

function fromYouTubeUrl(url: URL): YouTubeReference {
  const segments = url.pathname.split('/').filter((part) => part !== '');
  const [first, second] = segments;
  const list = url.searchParams.get('list');

  if (first === 'attribution_link') {
    const target = url.searchParams.get('u');
    if (target?.startsWith('/')) return fromYouTubeUrl(new URL(target, url.origin));
  }
  if (first === 'live_stream' || (first === 'embed' && second === 'live_stream')) {
    return invalid("This link plays a channel's live stream, not one video.");
  }
  if (first === 'embed' && second === 'videoseries') {
    return list ? playlistOf(list) : invalid('This embed link plays a playlist but names none.');
  }
  if (first !== undefined && idPaths.has(first) && second !== undefined) {
    return videoOf(idInPath(second));
  }
  const id = url.searchParams.get('v') ?? videoIdInFragment(url.hash);
  if (id !== null) return videoOf(id);
  if (list) return playlistOf(list);
  return invalid('This YouTube link points to neither a video nor a playlist.');
}

/** `#v=ID`, `#!v=ID`, `#/watch?v=ID`: older mobile and channel-page links. */
function videoIdInFragment(hash: string): string | null {
  const match = /(?:^#|[?&#!/])v=([^&?#/]*)/.exec(hash);
  return match?.[1] ?? null;
}
