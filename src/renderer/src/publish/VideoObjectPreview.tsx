import type { VideoPreview } from './publish-report';

const levelLabel = {
  required: 'Required by Google',
  recommended: 'Recommended by Google',
  convention: "The site's convention and Google's advice differ",
} as const;

interface VideoObjectPreviewProps {
  videos: readonly VideoPreview[];
  permalink: string | null;
}

/**
 * The JSON-LD the site's template writes into the page for each entry, as
 * Google will read it, with what Google requires or recommends and where
 * the site's way of writing an entry differs from Google's advice.
 */
export function VideoObjectPreview({ videos, permalink }: VideoObjectPreviewProps) {
  if (videos.length === 0) {
    return (
      <p className="publish-empty">
        This post has no params.videoSchema entries, so the page carries no VideoObject data.
      </p>
    );
  }
  return (
    <>
      <p className="publish-note">
        One object per params.videoSchema entry, built as the site&apos;s template builds it;
        contentUrl is the post&apos;s address
        {permalink ? (
          <>
            {' '}
            (<code>{permalink}</code>)
          </>
        ) : (
          ', which needs a date first'
        )}
        .
      </p>
      <ol className="publish-videos">
        {videos.map(({ object, advice }, index) => {
          const missing = advice.filter((a) => a.level === 'required').length;
          return (
            <li key={index} className="publish-video">
              <h4>
                Video {index + 1}:{' '}
                {typeof object.name === 'string' && object.name.trim() !== ''
                  ? object.name
                  : 'no name'}
                <span className={`publish-verdict publish-verdict-${missing > 0 ? 'error' : 'ok'}`}>
                  {missing > 0
                    ? `Google cannot list it: ${missing} required ${missing === 1 ? 'property' : 'properties'} missing or unreadable`
                    : 'Google can list it'}
                </span>
              </h4>
              {advice.length > 0 ? (
                <ul className="publish-advice">
                  {advice.map((item, adviceIndex) => (
                    <li key={adviceIndex} className={`publish-advice-${item.level}`}>
                      <strong>{levelLabel[item.level]}</strong> (<code>{item.property}</code>
                      ): {item.message}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="publish-note">
                  Every property Google requires or recommends is there.
                </p>
              )}
              <pre className="publish-json" aria-label={`JSON-LD of video ${index + 1}`}>
                {JSON.stringify(object, null, 2)}
              </pre>
            </li>
          );
        })}
      </ol>
    </>
  );
}
