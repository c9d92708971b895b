import { useEffect, useMemo, useState } from 'react';
import type { PostSummary } from '../../../../shared/ipc/data';
import { parsePost } from '../../../../shared/post';
import { entryItems } from '../../../../shared/videos';
import { inferVideoConvention, type VideoConvention } from '../../../../shared/youtube';
import type { StudioClient } from '../../client';

/** Posts read to learn the convention: the newest ones with videos say how the site writes today. */
const sample = 20;

/**
 * How the open site's posts write their video entries, learned from the
 * newest posts that have videos; null until read, or when none has entries.
 */
export function useSiteVideoConvention(
  client: Pick<StudioClient, 'posts'>,
  posts: readonly PostSummary[],
): VideoConvention | null {
  const paths = useMemo(
    () =>
      posts
        .filter((post) => post.hasVideos)
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
        .slice(0, sample)
        .map((post) => post.path)
        .join('\n'),
    [posts],
  );
  const [learned, setLearned] = useState<{ paths: string; convention: VideoConvention | null }>({
    paths: '',
    convention: null,
  });

  useEffect(() => {
    if (paths === '') return;
    let cancelled = false;
    void Promise.all(paths.split('\n').map((path) => client.posts.read({ path }))).then(
      (results) => {
        if (cancelled) return;
        const entries = results.flatMap((result) =>
          result.ok ? entryItems(parsePost(result.data.text)) : [],
        );
        setLearned({ paths, convention: inferVideoConvention(entries) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, paths]);

  return learned.paths === paths ? learned.convention : null;
}
