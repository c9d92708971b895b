import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import {
  formFields,
  otherFields,
  type FormField,
  type OtherField,
} from '../../../shared/front-matter-form';
import type { Asset, WorkspaceInfo } from '../../../shared/ipc/data';
import { migratePost } from '../../../shared/migrate';
import type { TextSpan } from '../../../shared/post';
import { jumpToDiagnostic } from '../../editor';
import type { StudioClient } from '../client';
import type { EditorSession } from '../editor-pane/editor-session';
import { imageUploader } from '../editor-pane/image-upload';
import { AuthorNames } from '../posts/author-names';
import { AuthorControl, type AuthorChoice } from './AuthorControl';
import { CheckboxControl, ChoiceControl } from './ChoiceControls';
import type { ControlProps } from './control-props';
import { DateControl } from './DateControl';
import { fieldFindings } from './field-findings';
import { FieldRow } from './FieldRow';
import { ImageControl } from './ImageControl';
import { KeywordsControl } from './KeywordsControl';
import { LegacyBanner } from './LegacyBanner';
import { OtherFields } from './OtherFields';
import { SlugAside } from './SlugAside';
import { TextAside, TextControl } from './TextControls';
import { UnavailableForm } from './UnavailableForm';
import { useFormPost, type FormPost } from './use-form-post';
import { VideosSection } from './VideosSection';
import './FrontMatterForm.css';

interface FrontMatterFormProps {
  session: EditorSession;
  client: Pick<StudioClient, 'assets'>;
  info: WorkspaceInfo;
  notify: (message: string) => void;
  /** The videoSchema editor, shown in the form's Videos section. */
  videos?: ReactNode;
}

/**
 * The "Front matter" tab: the open post's front matter as a form. Every
 * value comes from the editor's text, every change goes back into it as one
 * undoable edit of the touched lines.
 */
export function FrontMatterForm({ session, client, info, notify, videos }: FrontMatterFormProps) {
  const post = useFormPost(session);
  if (!post) {
    return (
      <div className="side-panel-placeholder">
        <p>Open a post to edit its front matter.</p>
      </div>
    );
  }
  return (
    <PostForm
      key={post.path}
      post={post}
      client={client}
      info={info}
      notify={notify}
      videos={videos}
    />
  );
}

function isUndo(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

const PostForm = memo(function PostForm({
  post,
  client,
  info,
  notify,
  videos,
}: {
  post: FormPost;
  client: Pick<StudioClient, 'assets'>;
  info: WorkspaceInfo;
  videos?: ReactNode;
  notify: (message: string) => void;
}) {
  const { doc } = post;
  const images = useBundleImages(client, post.path, notify);
  const fields = useMemo(() => formFields(doc), [doc]);
  const others = useMemo(() => otherFields(doc, fields), [doc, fields]);
  const authors = useMemo(() => authorChoices(info), [info]);
  const findings = useMemo(
    () =>
      fieldFindings(doc, fields, post.path, {
        authors: info.authors ? new Set(info.authors) : null,
      }),
    [doc, fields, post.path, info.authors],
  );

  const goTo = useCallback(
    (span: TextSpan | null) => {
      const view = post.view();
      if (view && span) jumpToDiagnostic(view, span);
    },
    [post],
  );

  if (doc.data === null && doc.frontMatter !== null) {
    return <UnavailableForm doc={doc} onGoTo={goTo} />;
  }
  const readOnly = doc.readOnlyReason !== null;

  const control = (field: FormField, props: ControlProps) => {
    switch (field.widget) {
      case 'text':
      case 'multiline':
      case 'slug':
        return <TextControl {...props} />;
      case 'date':
        return <DateControl {...props} />;
      case 'author':
        return <AuthorControl {...props} authors={authors} />;
      case 'chips':
        return <KeywordsControl {...props} />;
      case 'checkbox':
        return <CheckboxControl {...props} />;
      case 'choice':
        return <ChoiceControl {...props} />;
      case 'image':
        return (
          <ImageControl
            {...props}
            images={images.list}
            addImage={async (file) => images.add(file)}
          />
        );
    }
  };

  return (
    <form
      className="front-matter-form"
      aria-label="Front matter"
      onSubmit={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        const history = isUndo(event);
        if (!history) return;
        event.preventDefault();
        if (history === 'undo') post.undo();
        else post.redo();
      }}
    >
      {readOnly ? (
        <p className="form-read-only" role="note">
          {doc.readOnlyReason}
        </p>
      ) : null}
      {post.editError ? (
        <p className="form-edit-error" role="alert">
          {post.editError}
        </p>
      ) : null}
      {doc.frontMatter === null ? (
        <p className="form-section-note">
          This post has no front matter yet; filling in a field adds it at the top.
        </p>
      ) : null}
      <LegacyBanner
        doc={doc}
        readOnly={readOnly}
        onMigrate={() =>
          post.edit('input.form', (current) => {
            const migration = migratePost(current);
            return migration.status === 'refused' ? current : migration.after;
          })
        }
      />
      <div className="form-fields">
        {fields.map((field) => {
          const controlId = `form-field-${field.id}`;
          const messages = findings.get(field.id) ?? [];
          const describedBy =
            messages.length > 0 || field.problem ? `${controlId}-messages` : undefined;
          const props: ControlProps = { field, post, readOnly, controlId, describedBy };
          return (
            <FieldRow
              key={field.id}
              field={field}
              controlId={controlId}
              findings={messages}
              group={field.widget === 'chips' || field.widget === 'date'}
              onEditInText={() => goTo(field.span)}
              aside={
                field.widget === 'slug' ? (
                  <SlugAside field={field} post={post} info={info} />
                ) : field.widget === 'text' || field.widget === 'multiline' ? (
                  <TextAside field={field} post={post} />
                ) : null
              }
            >
              {control(field, props)}
            </FieldRow>
          );
        })}
      </div>
      <VideosSection post={post} readOnly={readOnly} onGoTo={goTo} editor={videos} />
      <OtherFields fields={others} onEditInText={(field: OtherField) => goTo(field.span)} />
    </form>
  );
});

function authorChoices(info: WorkspaceInfo): AuthorChoice[] | null {
  return info.authors ? AuthorNames.of(info).list() : null;
}

/** The images in the post's bundle, read when the post opens and after one is added. */
function useBundleImages(
  client: Pick<StudioClient, 'assets'>,
  path: string,
  notify: (message: string) => void,
): { list: Asset[] | null; add: (file: File) => Promise<string | null> } {
  const [list, setList] = useState<Asset[] | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void client.assets.list({ post: path }).then((result) => {
      if (current) setList(result.ok ? result.data : []);
    });
    return () => {
      current = false;
    };
  }, [client, path, generation]);
  const add = useCallback(
    async (file: File) => {
      const added = await imageUploader(client, path)(file);
      if ('error' in added) {
        notify(`${file.name} could not be added to the post. ${added.error}`);
        return null;
      }
      setGeneration((value) => value + 1);
      return added.name;
    },
    [client, path, notify],
  );
  return { list, add };
}
