export { isPossibleYouTubeId, parseYouTubeId, type YouTubeReference } from './video-id';
export { youtubeIdArgument, youtubeIdOfShortcode } from './shortcode-id';
export * from './convention';
