/**
 * Google's reading of a VideoObject: the properties it requires for video
 * results, the ones it recommends, and where linkerd.io's long-standing
 * convention (youtu.be links, http thumbnails, date-only upload dates)
 * differs from its advice. The site's CI accepts both; the user chooses.
 */
import { parseIsoDateTime } from '../time/iso-date-time';
import { parseIsoDuration } from '../time/iso-duration';
import type { JsonLdValue, VideoObject } from './video-object';

export type AdviceLevel = 'required' | 'recommended' | 'convention';

export interface VideoObjectAdvice {
  level: AdviceLevel;
  property: keyof VideoObject;
  message: string;
}

function isBlank(value: JsonLdValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

const required = [
  ['name', 'Google requires a name (the entry\'s "title") to show the video in results.'],
  ['thumbnailUrl', 'Google requires a thumbnailUrl to show the video in results.'],
  ['uploadDate', 'Google requires an uploadDate to show the video in results.'],
] as const;

const recommended = [
  ['description', 'Google recommends a description; without one it may show none.'],
  ['duration', 'Google recommends a duration (ISO 8601, such as PT31M26S).'],
  ['embedUrl', 'Google recommends an embedUrl, the address of the video player.'],
] as const;

export function adviseOnVideoObject(video: VideoObject): VideoObjectAdvice[] {
  const advice: VideoObjectAdvice[] = [];
  for (const [property, message] of required) {
    if (isBlank(video[property])) advice.push({ level: 'required', property, message });
  }
  for (const [property, message] of recommended) {
    if (isBlank(video[property])) advice.push({ level: 'recommended', property, message });
  }
  advice.push(...valueAdvice(video));
  return advice;
}

function valueAdvice(video: VideoObject): VideoObjectAdvice[] {
  const advice: VideoObjectAdvice[] = [];
  const { name, thumbnailUrl, uploadDate, duration, embedUrl } = video;
  if (!isBlank(name) && typeof name !== 'string') {
    advice.push({ level: 'required', property: 'name', message: 'The name must be text.' });
  }
  if (typeof uploadDate === 'string' && uploadDate.trim() !== '') {
    const parsed = parseIsoDateTime(uploadDate.trim());
    if (!parsed.ok) {
      advice.push({
        level: 'required',
        property: 'uploadDate',
        message: `"${uploadDate}" is not an ISO 8601 date; Google cannot read it.`,
      });
    } else if (!parsed.hasZone) {
      advice.push({
        level: 'convention',
        property: 'uploadDate',
        message:
          'The upload date has no time zone. That is how the site has always written it and Google accepts it, but Google recommends a date and time with a zone (2021-05-14T00:00:00Z) and Search Console warns without one.',
      });
    }
  }
  if (typeof duration === 'string' && duration.trim() !== '') {
    const parsed = parseIsoDuration(duration.trim());
    if (!parsed.ok || parsed.seconds === 0) {
      advice.push({
        level: 'recommended',
        property: 'duration',
        message: parsed.ok
          ? 'A zero duration tells Google nothing; give the real length or leave it out.'
          : `"${duration}" is not an ISO 8601 duration such as PT31M26S; Google ignores it.`,
      });
    }
  }
  if (typeof thumbnailUrl === 'string' && /^http:\/\//i.test(thumbnailUrl.trim())) {
    advice.push({
      level: 'convention',
      property: 'thumbnailUrl',
      message:
        "The thumbnail is an http:// address, as in the site's older posts. YouTube serves the same image over https://, which Google prefers.",
    });
  }
  if (typeof embedUrl === 'string' && !isPlayerUrl(embedUrl.trim())) {
    advice.push({
      level: 'convention',
      property: 'embedUrl',
      message:
        "Google reads embedUrl as the video player's address (https://www.youtube.com/embed/ID). A youtu.be or watch link, the site's convention, leads to YouTube's page instead; Google may still find the video through it.",
    });
  }
  return advice;
}

function isPlayerUrl(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    return (
      /(^|\.)youtube(-nocookie)?\.com$/i.test(hostname) &&
      /^\/embed\/[0-9A-Za-z_-]{11}/.test(pathname)
    );
  } catch {
    return false;
  }
}
