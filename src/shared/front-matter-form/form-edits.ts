/**
 * What each control of the front matter form does to the post, as edits of
 * the post model (only the touched node's lines change). Each returns the new
 * document, or the same one when nothing changes; a change the model cannot
 * make safely throws `PostEditError` with a plain message.
 */
import { parsePost } from '../post';
import type { FrontMatterValue, PostDocument } from '../post/types';
import { plainEqual } from '../post/plain-data';
import { writePickedDate, type PickedDate } from './date-layout';
import type { FormField } from './form-fields';

/** Writes a field's value where the post keeps it. */
export function setFieldValue(
  doc: PostDocument,
  field: Pick<FormField, 'written'>,
  value: FrontMatterValue,
): PostDocument {
  return plainEqual(doc.get(field.written), value) ? doc : doc.set(field.written, value);
}

/** Removes a field (an image set back to none); nothing when it is not there. */
export function removeField(doc: PostDocument, field: Pick<FormField, 'written'>): PostDocument {
  return doc.get(field.written) === undefined ? doc : doc.delete(field.written);
}

/** Writes a picked day and time in the layout the date already has. */
export function setPickedDate(
  doc: PostDocument,
  field: Pick<FormField, 'written'>,
  picked: PickedDate,
): PostDocument {
  const current = doc.get(field.written);
  return setFieldValue(
    doc,
    field,
    writePickedDate(typeof current === 'string' ? current : null, picked),
  );
}

/** Adds a keyword at the end (nothing if it is already there or blank). */
export function addListItem(
  doc: PostDocument,
  field: Pick<FormField, 'written'>,
  item: string,
): PostDocument {
  const text = item.trim();
  const list = doc.get(field.written);
  if (text === '') return doc;
  if (!Array.isArray(list)) return doc.set(field.written, [text]);
  if (list.includes(text)) return doc;
  return doc.insertItem(field.written, list.length, text);
}

export function removeListItem(
  doc: PostDocument,
  field: Pick<FormField, 'written'>,
  index: number,
): PostDocument {
  const list = doc.get(field.written);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return doc;
  return doc.removeItem(field.written, index);
}

export function moveListItem(
  doc: PostDocument,
  field: Pick<FormField, 'written'>,
  from: number,
  to: number,
): PostDocument {
  const list = doc.get(field.written);
  if (!Array.isArray(list) || from === to || to < 0 || to >= list.length) return doc;
  return doc.moveItem(field.written, from, to);
}

/**
 * Text typed into a field, keystroke by keystroke. The model keeps a value's
 * quotes once it has them, and a value typed with a trailing space needs
 * them for that one keystroke; so when the value was plain before typing
 * began (`wasPlain`), it is written plain again as soon as it reads the same
 * that way.
 */
export function setTypedText(
  doc: PostDocument,
  field: Pick<FormField, 'written'>,
  text: string,
  wasPlain: boolean,
): PostDocument {
  const next = setFieldValue(doc, field, text);
  const span = wasPlain ? next.valueSpan(field.written) : undefined;
  if (!span || !/^['"]/.test(next.text.slice(span.from, span.to)) || text.includes('\n'))
    return next;
  const plain = parsePost(next.text.slice(0, span.from) + text + next.text.slice(span.to));
  const same =
    plain.readOnlyReason === null &&
    plain.data !== null &&
    plainEqual(plain.data, next.data ?? {}) &&
    plain.body === next.body &&
    plain.diagnostics.length === next.diagnostics.length;
  return same ? plain : next;
}

/** Whether a field's value is written without quotes or a block marker (or not written at all). */
export function isWrittenPlain(doc: PostDocument, field: Pick<FormField, 'written'>): boolean {
  const span = doc.valueSpan(field.written);
  return !span || !/^['"|>]/.test(doc.text.slice(span.from, span.to));
}
