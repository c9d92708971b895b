/**
 * Where the lookup calls YouTube. The environment can point both elsewhere,
 * so that tests use a fake server and users behind a proxy use theirs.
 */
export interface YouTubeEndpoints {
  /** Data API v3 base: the service calls `${apiBase}/videos` and `${apiBase}/playlistItems`. */
  apiBase: string;
  /** Called as `${oembed}?url=<watch URL>&format=json`. */
  oembed: string;
}

export const defaultEndpoints: YouTubeEndpoints = {
  apiBase: 'https://www.googleapis.com/youtube/v3',
  oembed: 'https://www.youtube.com/oembed',
};

export class EndpointError extends Error {
  override name = 'EndpointError';
}

function checkedUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EndpointError(`${name} is not a web address: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new EndpointError(`${name} must start with https:// or http://, not ${url.protocol}`);
  }
  return value.replace(/\/+$/, '');
}

/** The endpoints from YOUTUBE_API_BASE_URL and YOUTUBE_OEMBED_URL, else YouTube's own. */
export function endpointsFromEnv(env: NodeJS.ProcessEnv = process.env): YouTubeEndpoints {
  const api = env['YOUTUBE_API_BASE_URL']?.trim();
  const oembed = env['YOUTUBE_OEMBED_URL']?.trim();
  return {
    apiBase: api ? checkedUrl('YOUTUBE_API_BASE_URL', api) : defaultEndpoints.apiBase,
    oembed: oembed ? checkedUrl('YOUTUBE_OEMBED_URL', oembed) : defaultEndpoints.oembed,
  };
}
