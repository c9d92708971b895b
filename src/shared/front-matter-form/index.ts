export { readPickedDate, writePickedDate, type PickedDate } from './date-layout';
export { frontMatterHead } from './front-matter-head';
export {
  addListItem,
  moveListItem,
  removeField,
  removeListItem,
  setFieldValue,
  setPickedDate,
  setTypedText,
  isWrittenPlain,
} from './form-edits';
export {
  fieldDefinitions,
  formFields,
  otherFields,
  schemaKind,
  summarizeValue,
  type FieldDefinition,
  type FieldWidget,
  type FormField,
  type OtherField,
  type SchemaKind,
} from './form-fields';
export { seoLimits } from '../validate/rules/front-matter-text-fields';
export { countCharacters } from '../validate/rules/front-matter-context';
