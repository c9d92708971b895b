import { describe, expect, it } from 'vitest';
import { isPossibleYouTubeId, parseYouTubeId } from './video-id';

const id = 'BWL4889RKhU';

describe('isPossibleYouTubeId', () => {
  it('accepts 11 ID characters ending in one of the 16 possible last characters', () => {
    for (const good of [
      id,
      'dQw4w9WgXcQ',
      '-ziL-Q_456g',
      'X70Tb54Y-o4',
      'S-7XbbJMonM',
      '00000000000',
    ]) {
      expect(isPossibleYouTubeId(good), good).toBe(true);
    }
  });

  it('rejects wrong lengths, wrong characters and impossible last characters', () => {
    for (const bad of [
      '',
      'BWL4889RKh',
      'BWL4889RKhUU',
      'BWL4889RKh!',
      'BWL4889RKh=',
      'BWL4889RKhB',
      'BWL4889RKh1',
      'BWL4889RKh_',
      'BWL4889RKh-',
      ' BWL4889RKhU',
    ]) {
      expect(isPossibleYouTubeId(bad), bad).toBe(false);
    }
  });
});

describe('parseYouTubeId: videos', () => {
  it.each([
    [id],
    [`  ${id}\n`],
    [`https://www.youtube.com/watch?v=${id}`],
    [`http://youtube.com/watch?v=${id}`],
    [`https://m.youtube.com/watch?v=${id}`],
    [`https://music.youtube.com/watch?v=${id}&feature=share`],
    [`https://www.youtube.com/watch?feature=shared&v=${id}`],
    [`https://www.youtube.com/watch?v=${id}&t=42s`],
    [`https://www.youtube.com/watch?v=${id}&list=PLAcAkxlkFC6mQHJWbyR0hj3cqiTvEHGGG&index=3`],
    [`https://www.youtube.com/watch?v=${id}#t=1m`],
    [`www.youtube.com/watch?v=${id}`],
    [`youtube.com/watch?v=${id}`],
    [`//www.youtube.com/embed/${id}`],
    [`https://www.youtube.com/v/${id}?version=3`],
    [`https://www.youtube.com/embed/${id}`],
    [`https://www.youtube.com/embed/${id}?start=30&autoplay=1`],
    [`https://www.youtube-nocookie.com/embed/${id}`],
    [`https://www.youtube.com/e/${id}`],
    [`https://www.youtube.com/shorts/${id}`],
    [`https://youtube.com/shorts/${id}?si=abcDEF123`],
    [`https://www.youtube.com/live/${id}?feature=share`],
    [`https://www.youtubekids.com/watch?v=${id}`],
    [`https://youtu.be/${id}`],
    [`https://youtu.be/${id}?si=Ab_Cd-Ef&t=30`],
    [`https://youtu.be/${id}&t=30`],
    [`youtu.be/${id}`],
    [`https://www.youtube.com/#/watch?v=${id}`],
    [`https://m.youtube.com/#/watch?v=${id}&feature=x`],
    [`https://www.youtube.com/user/linkerd#p/u/1/${id}?v=${id}`],
    [`https://www.youtube.com/attribution_link?a=x&u=/watch%3Fv%3D${id}%26feature%3Dshare`],
    [`HTTPS://WWW.YOUTUBE.COM/watch?v=${id}`],
  ])('%s', (input) => {
    expect(parseYouTubeId(input)).toEqual({ kind: 'video', id });
  });
});

describe('parseYouTubeId: playlists', () => {
  const listId = 'PLAcAkxlkFC6mQHJWbyR0hj3cqiTvEHGGG';

  it.each([
    [`https://www.youtube.com/playlist?list=${listId}`],
    [`https://m.youtube.com/playlist?list=${listId}&si=abc`],
    [`https://www.youtube.com/embed/videoseries?list=${listId}`],
    [`https://www.youtube-nocookie.com/embed/videoseries?si=x&list=${listId}`],
    [listId],
  ])('%s', (input) => {
    expect(parseYouTubeId(input)).toEqual({ kind: 'playlist', listId });
  });
});

describe('parseYouTubeId: not a video', () => {
  function reasonOf(input: string): string {
    const parsed = parseYouTubeId(input);
    if (parsed.kind !== 'invalid') throw new Error(`${input} parsed as ${parsed.kind}`);
    return parsed.reason;
  }

  it('says what is missing for empty input', () => {
    expect(reasonOf('   ')).toBe('Enter a YouTube video ID or link.');
  });

  it('rejects IDs of the wrong shape or with an impossible last character', () => {
    expect(reasonOf('abc')).toBe(
      'abc is not a YouTube video ID: an ID is 11 characters, each a letter, a digit, - or _.',
    );
    expect(reasonOf('BWL4889RKhUx')).toContain('is not a YouTube video ID');
    expect(reasonOf('BWL4889RKhB')).toBe(
      'BWL4889RKhB cannot be a YouTube video ID: the last character of an ID is always one of 0 4 8 A E I M Q U Y c g k o s w.',
    );
    expect(reasonOf('https://youtu.be/BWL4889RKhB')).toContain('cannot be a YouTube video ID');
    expect(reasonOf('https://www.youtube.com/watch?v=short')).toContain('short is not');
    expect(reasonOf('https://www.youtube.com/embed/%E0%A4%A')).toContain(
      'is not a YouTube video ID',
    );
  });

  it('rejects other sites, look-alike hosts and other schemes', () => {
    expect(reasonOf(`https://vimeo.com/${id}`)).toBe('vimeo.com is not a YouTube address.');
    expect(reasonOf(`https://notyoutube.com/watch?v=${id}`)).toBe(
      'notyoutube.com is not a YouTube address.',
    );
    expect(reasonOf(`https://youtube.com.evil.example/watch?v=${id}`)).toContain(
      'is not a YouTube address',
    );
    expect(reasonOf(`ftp://youtube.com/watch?v=${id}`)).toContain('neither a YouTube video ID');
    expect(reasonOf('not a link at all')).toContain('neither a YouTube video ID nor a link');
  });

  it('rejects live streams, empty playlists, mixes and pages that are not videos', () => {
    expect(reasonOf('https://www.youtube.com/embed/live_stream?channel=UC123')).toBe(
      "This link plays a channel's live stream, not one video.",
    );
    expect(reasonOf('https://www.youtube.com/live_stream?channel=UC123')).toContain('live stream');
    expect(reasonOf('https://www.youtube.com/embed/videoseries')).toBe(
      'This embed link plays a playlist but names none.',
    );
    expect(reasonOf(`https://www.youtube.com/watch?list=RD${id}`)).toContain('mix');
    expect(reasonOf('https://www.youtube.com/playlist?list=WL')).toBe(
      'WL is not a YouTube playlist ID.',
    );
    expect(reasonOf('https://www.youtube.com/@linkerd')).toBe(
      'This YouTube link points to neither a video nor a playlist.',
    );
    expect(reasonOf('https://youtu.be/')).toBe('This youtu.be link has no video ID after the /.');
    expect(reasonOf('https://www.youtube.com/watch')).toContain('neither a video nor a playlist');
  });
});
