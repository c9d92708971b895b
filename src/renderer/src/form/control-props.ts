import type { FormField } from '../../../shared/front-matter-form';
import type { FormPost } from './use-form-post';

/** What every control of the form gets. */
export interface ControlProps {
  field: FormField;
  post: FormPost;
  /** TOML and JSON front matter: shown, not edited. */
  readOnly: boolean;
  controlId: string;
  /** The id of the field's messages, when it has some. */
  describedBy: string | undefined;
}
