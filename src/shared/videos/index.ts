export * from './body-videos';
export * from './duration';
export * from './video-edits';
export * from './video-list';
export * from './upload-date';
export * from './lookup-edits';
