import { useState } from 'react';
import type { PostDocument } from '../../../shared/post';

/**
 * A control's value between a click and the form's next document. The form
 * reads the editor's text when the page is next idle, so a controlled
 * checkbox or select would spring back to the old value for a moment after
 * each change; this shows the chosen value until any newer document arrives,
 * which then speaks for itself (undo included).
 */
export function usePendingValue<T>(
  doc: PostDocument,
  documentValue: T,
): [shown: T, choose: (value: T) => void] {
  const [pending, setPending] = useState<{ doc: PostDocument; value: T } | null>(null);
  const shown = pending && pending.doc === doc ? pending.value : documentValue;
  return [shown, (value: T) => setPending({ doc, value })];
}
