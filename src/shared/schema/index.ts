export {
  faqSchemaEntrySchema,
  inlineAuthorSchema,
  postFrontMatterSchema,
  siteParamsSchema,
  videoSchemaEntrySchema,
  type InlineAuthor,
  type PostFrontMatter,
  type SiteParams,
  type VideoSchemaEntry,
} from './front-matter';
export {
  canonicalizeKeys,
  knownKeysAt,
  isMapping,
  writtenPath,
  topLevelKeys,
  siteParamKeys,
  videoSchemaEntryKeys,
  type KnownKeys,
} from './known-keys';
export { legacyKeys, type LegacyKey } from './legacy';
export { detectFrontMatterShape, type FrontMatterShape } from './shape';
