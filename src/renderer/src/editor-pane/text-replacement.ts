// Moved to shared: the form's edits (src/shared/videos) compute the same minimal change.
export { minimalReplacement } from '../../../shared/text/minimal-replacement';
