export {
  videoObjectsOf,
  videoSchemaEntries,
  type JsonLdValue,
  type VideoObject,
} from './video-object';
export { adviseOnVideoObject, type AdviceLevel, type VideoObjectAdvice } from './google-advice';
