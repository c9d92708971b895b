export { parsePost } from './document';
export { decodePostBytes, type DecodedPost } from './decode';
export { PostEditError } from './post-edit-error';
export { parseDottedPath, formatPath, type PathSegment } from './field-path';
export type {
  FieldPath,
  FrontMatterBlock,
  FrontMatterData,
  FrontMatterFormat,
  FrontMatterValue,
  PostDocument,
  TextSpan,
} from './types';
