import type { Text } from '@codemirror/state';
import { parsePost, type PostDocument } from '../../../../shared/post';

const posts = new WeakMap<Text, PostDocument>();

/**
 * The post a document holds, read once per document: the form's rows and
 * the edit a keystroke makes read the same text, and on a long list each
 * reading costs milliseconds.
 */
export function postOfDoc(doc: Text): PostDocument {
  let post = posts.get(doc);
  if (!post) {
    post = parsePost(doc.toString());
    posts.set(doc, post);
  }
  return post;
}
