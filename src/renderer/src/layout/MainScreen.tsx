import {
  jumpToDiagnostic,
  openFindingInFormEvent,
  type OpenFindingInFormDetail,
} from '../../editor';
import { forceLinting } from '@codemirror/lint';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic, PostContent, PostSummary, WorkspaceInfo } from '../../../shared/ipc/data';
import { parsePost } from '../../../shared/post';
import { locateVideoFinding, type VideoFindingPlace } from '../../../shared/videos';
import type { MenuCommand } from '../../../shared/ipc/menu-commands';
import { useSaveAnnouncements } from '../a11y/save-announcements';
import { useEditorName } from '../a11y/use-editor-name';
import { BackupRestoreDialog } from '../backups/BackupRestoreDialog';
import { useStartupBackups } from '../backups/use-startup-backups';
import type { StudioClient } from '../client';
import { appCommands, runCommand } from '../commands/app-commands';
import { CommandPalette } from '../commands/CommandPalette';
import { formatShortcut } from '../commands/shortcut';
import { shortcuts } from '../commands/shortcuts';
import { useShortcuts } from '../commands/use-shortcuts';
import { ConflictDialog } from '../conflicts/ConflictDialog';
import { CloseTabDialog } from '../dialogs/CloseTabDialog';
import { NewPostDialog } from '../dialogs/NewPostDialog';
import { useExportDialog } from '../export/use-export-dialog';
import { EditorPane } from '../editor-pane/EditorPane';
import { FrontMatterForm } from '../form/FrontMatterForm';
import { useEditorSession, useSessionTabs } from '../editor-pane/use-editor-session';
import { AuthorNames } from '../posts/author-names';
import { pathTitle } from '../posts/path-title';
import { searchedPosts } from '../posts/post-query';
import { TabNotices } from '../notices/TabNotices';
import { Toasts } from '../notices/Toasts';
import { useNotices } from '../notices/use-notices';
import { PostList, type PostListHandle } from '../posts/PostList';
import { PreferencesDialog } from '../preferences/PreferencesDialog';
import { NewRecapDialog } from '../recap/NewRecapDialog';
import { createProblemFixer } from '../problems/problem-fixes';
import { ProblemsPanel, type ProblemsPanelHandle } from '../problems/ProblemsPanel';
import { useDesktopShell } from '../shell/use-desktop-shell';
import { useUnloadGuard } from '../shell/use-unload-guard';
import { PublishCheck } from '../publish/PublishCheck';
import { PreviewSlot } from '../side-panel/PreviewSlot';
import { SidePanel, type SidePanelView } from '../side-panel/SidePanel';
import { VideoSchemaSlot } from '../side-panel/VideoSchemaSlot';
import { StatusBar } from '../status/StatusBar';
import { activeTab } from '../tabs/tabs-reducer';
import { TabBar } from '../tabs/TabBar';
import { chooseTheme, useTheme } from '../theme/theme-choice';
import { paneLimits, type Pane } from './pane-layout';
import { PaneToggles } from './PaneToggles';
import { Splitter } from './Splitter';
import { useFocusModeExit } from './use-focus-mode-exit';
import { usePaneLayout } from './use-pane-layout';
import './MainScreen.css';

interface MainScreenProps {
  client: StudioClient;
  info: WorkspaceInfo;
  posts: PostSummary[];
  postsError: string | null;
  refreshPosts: () => Promise<void>;
  /** main opened another folder (from its menu). */
  onFolderOpened: () => void;
}

/** The editing screen of an open folder: posts, editor, preview, problems, status. */
export function MainScreen({
  client,
  info,
  posts,
  postsError,
  refreshPosts,
  onFolderOpened,
}: MainScreenProps) {
  const { notices, notify, dismiss } = useNotices();
  const theme = useTheme();
  const session = useEditorSession(client, info, notify, theme.dark);
  const tabs = useSessionTabs(session);
  const tab = activeTab(tabs);
  useEditorName(session, tab?.title ?? null);
  useSaveAnnouncements(tabs.tabs);
  const startup = useStartupBackups(client);

  const [paletteOpen, setPaletteOpen] = useState(false);
  const [newPostOpen, setNewPostOpen] = useState(false);
  const [newRecapOpen, setNewRecapOpen] = useState(false);
  const [preferencesOpen, setPreferencesOpen] = useState(false);
  const [closing, setClosing] = useState<string | null>(null);
  const [comparing, setComparing] = useState<{ path: string; diskText: string | null } | null>(
    null,
  );
  const [side, setSide] = useState<SidePanelView>('preview');
  const panes = usePaneLayout();
  const { layout, fitted, focusMode } = panes;
  const problemsShown = layout.problemsShown && !focusMode;
  const listArea = useRef<HTMLElement>(null);
  const sideArea = useRef<HTMLDivElement>(null);
  const postList = useRef<PostListHandle>(null);
  const problemsPanel = useRef<ProblemsPanelHandle>(null);
  const problemsArea = useRef<HTMLDivElement>(null);

  const titles = useMemo(() => new Map(posts.map((post) => [post.path, post.title])), [posts]);
  const authorNames = useMemo(() => AuthorNames.of(info), [info]);
  const titleOf = useCallback((path: string) => titles.get(path) || pathTitle(path), [titles]);
  useEffect(() => session.retitle(titles), [session, titles]);

  useEffect(() => client.on('site.changed', () => void session.recheckAll()), [client, session]);
  useEffect(
    () => client.on('files.changed', ({ changes }) => void session.filesChanged(changes)),
    [client, session],
  );

  const focusEditor = useCallback(() => {
    const path = session.activeTab()?.path;
    if (path) session.editors.viewOf(path)?.focus();
  }, [session]);

  /** Where focus goes when what had it is gone: the editor, or the post list with no post open. */
  const focusWork = useCallback(() => {
    if (session.activeTab()) focusEditor();
    else postList.current?.focusList();
  }, [session, focusEditor]);

  // The problems shortcut shows the panel and moves focus into it; pressed in the panel, it
  // hides the panel and focus goes back to the text.
  const focusProblemsWhenShown = useRef(false);
  const toggleProblems = useCallback(() => {
    if (!problemsShown) {
      panes.setFocusMode(false);
      panes.setShown('problems', true);
      focusProblemsWhenShown.current = true;
      return;
    }
    const inside = problemsArea.current?.contains(document.activeElement) ?? false;
    if (!inside) {
      problemsPanel.current?.focus();
      return;
    }
    panes.setShown('problems', false);
    focusWork();
  }, [focusWork, panes, problemsShown]);
  useEffect(() => {
    if (!problemsShown || !focusProblemsWhenShown.current) return;
    focusProblemsWhenShown.current = false;
    problemsPanel.current?.focus();
  }, [problemsShown]);

  const openPost = useCallback(
    (post: PostSummary) => {
      void session.open(post.path, post.title || undefined).then((opened) => {
        if (opened) focusEditor();
      });
    },
    [session, focusEditor],
  );

  const byPath = useMemo(() => new Map(posts.map((post) => [post.path, post])), [posts]);
  const search = useCallback(
    async (query: string) => {
      const result = await client.posts.search({ query });
      return result.ok ? searchedPosts(result.data, byPath) : null;
    },
    [client, byPath],
  );

  const closeTab = useCallback(
    (path: string) => {
      if (session.tab(path)?.dirty) setClosing(path);
      else session.close(path);
    },
    [session],
  );

  const compare = useCallback(
    (path: string) => {
      setComparing({ path, diskText: null });
      void session.readDisk(path).then((content) => {
        setComparing((current) =>
          current?.path !== path ? current : content ? { path, diskText: content.text } : null,
        );
      });
    },
    [session],
  );

  const defaultAuthor = useCallback(async () => {
    const result = await client.preferences.get({});
    return result.ok ? result.data.defaultAuthor : null;
  }, [client]);

  // The new post opens with the cursor where its text goes, beside its preview, and stays in
  // the list whatever the search says.
  const createPost = async (title: string, author: string): Promise<string | null> => {
    const result = await client.posts.create({ title, author });
    if (!result.ok) return result.error.message;
    const { path } = result.data;
    session.adopt(result.data, title);
    session.editors.update(path, (state) => ({
      selection: { anchor: state.doc.length },
      scrollIntoView: true,
    }));
    postList.current?.reveal(path);
    setSide('preview');
    void refreshPosts();
    focusNewPost.current = true;
    return null;
  };
  // Once the dialog is gone: it gives focus back to where it came from as it closes.
  const focusNewPost = useRef(false);
  useEffect(() => {
    if (newPostOpen || !focusNewPost.current) return;
    focusNewPost.current = false;
    focusEditor();
  }, [newPostOpen, focusEditor]);

  const recapCreated = (post: PostContent, title: string, note: string | null) => {
    setNewRecapOpen(false);
    session.adopt(post, title);
    void refreshPosts();
    if (note) notify(note, 'warning');
    setTimeout(focusEditor, 0);
  };

  // A video finding opens the video editor at its entry and field (issue 8 §2).
  const [videoReveal, setVideoReveal] = useState<VideoFindingPlace | null>(null);
  const openFindingInForm = useCallback(
    (finding: OpenFindingInFormDetail): boolean => {
      const path = session.activeTab()?.path;
      const state = path ? session.editors.state(path) : undefined;
      const place = state ? locateVideoFinding(parsePost(state.doc.toString()), finding) : null;
      if (!place) return false;
      setSide('front-matter');
      setVideoReveal({ ...place });
      return true;
    },
    [session],
  );
  useEffect(() => {
    const open = (event: Event): void => {
      openFindingInForm((event as CustomEvent<OpenFindingInFormDetail>).detail);
    };
    document.addEventListener(openFindingInFormEvent, open);
    return () => document.removeEventListener(openFindingInFormEvent, open);
  }, [openFindingInForm]);

  const jump = useCallback(
    (diagnostic: Diagnostic) => {
      // A finding about an entry opens the form there; one about a video in
      // the text (no entry for it) goes to the text, where it is, and the
      // editor's "Open in the form" action still offers the form's fix.
      if (diagnostic.rule !== 'video/missing-schema' && openFindingInForm(diagnostic)) return;
      const path = session.activeTab()?.path;
      const view = path ? session.editors.viewOf(path) : null;
      if (view) jumpToDiagnostic(view, diagnostic);
    },
    [session, openFindingInForm],
  );

  // Made again with each new set of findings, so its fix titles are those of the text checked.
  const findings = tab?.diagnostics;
  const fixer = useMemo(
    () =>
      findings &&
      createProblemFixer(() => {
        const path = session.activeTab()?.path;
        return path ? session.editors.viewOf(path) : null;
      }),
    [session, findings],
  );

  // The publish check reads the text its findings were made of: taken again with each new set.
  const activePath = tab?.path;
  const publishedPost = useMemo(
    () =>
      activePath && findings
        ? {
            path: activePath,
            text: session.editors.state(activePath)?.doc.toString() ?? '',
            diagnostics: findings,
          }
        : null,
    [session, activePath, findings],
  );

  const lineOf = useCallback(
    (offset: number) => {
      const path = session.activeTab()?.path;
      const doc = path ? session.editors.state(path)?.doc : undefined;
      if (!doc) return 1;
      return doc.lineAt(Math.max(0, Math.min(offset, doc.length))).number;
    },
    [session],
  );

  const exporting = useExportDialog(client, session, notify);
  // A pane asked for by a command comes back first if hidden; focus goes there once it is shown.
  const reveal = useCallback(
    (pane: Pane, then?: () => void) => {
      const hidden = focusMode || !layout[`${pane}Shown`];
      panes.setFocusMode(false);
      panes.setShown(pane, true);
      if (!then) return;
      // A hidden element takes no focus: wait for React to show it. A shown one takes it now,
      // before the next key arrives.
      if (hidden) setTimeout(then, 0);
      else then();
    },
    [panes, focusMode, layout],
  );
  const findPost = useCallback(
    () => reveal('list', () => postList.current?.focusSearch()),
    [reveal],
  );
  const focusList = useCallback(
    () => reveal('list', () => postList.current?.focusList()),
    [reveal],
  );
  const showSide = useCallback(
    (view: SidePanelView) => {
      reveal('side');
      setSide(view);
    },
    [reveal],
  );
  const areaOf = useCallback(
    (pane: Pane) =>
      ({ list: listArea, side: sideArea, problems: problemsArea })[pane].current ?? null,
    [],
  );
  const togglePane = useCallback(
    (pane: Pane) => {
      if (focusMode || !layout[`${pane}Shown`]) {
        reveal(pane);
        return;
      }
      // Focus in the pane going away would be lost with it: it goes back to the work.
      const hadFocus = areaOf(pane)?.contains(document.activeElement) ?? false;
      panes.setShown(pane, false);
      if (hadFocus) setTimeout(focusWork, 0);
    },
    [focusMode, layout, panes, reveal, areaOf, focusWork],
  );
  const toggleFocusMode = useCallback(() => {
    const entering = !focusMode;
    panes.setFocusMode(entering);
    if (entering) setTimeout(focusWork, 0);
  }, [focusMode, panes, focusWork]);
  useFocusModeExit(focusMode, () => panes.setFocusMode(false));
  const commands = useMemo(
    () =>
      // appCommands only keeps these callbacks for later; none of them runs during render.
      // eslint-disable-next-line react-hooks/refs
      appCommands({
        session,
        openPalette: () => setPaletteOpen((open) => !open),
        findPost,
        focusList,
        newPost: () => setNewPostOpen(true),
        newRecap: () => setNewRecapOpen(true),
        closeTab,
        toggleProblems,
        showSide,
        compare,
        openPreferences: () => setPreferencesOpen(true),
        exportPost: exporting.open,
        notify,
        folderOpened: onFolderOpened,
        togglePane,
        toggleFocusMode,
        theme: () => theme,
        chooseTheme,
      }),
    [
      session,
      closeTab,
      compare,
      findPost,
      focusList,
      toggleProblems,
      showSide,
      notify,
      onFolderOpened,
      togglePane,
      toggleFocusMode,
      exporting.open,
      theme,
    ],
  );
  useShortcuts(commands);

  const onMenuCommand = (command: MenuCommand) => {
    runCommand(commands, command);
  };
  useDesktopShell({
    onMenuCommand,
    unsavedPaths: () => session.unsavedPaths(),
    saveAll: () => session.saveAll(),
  });
  useUnloadGuard(() => session.unsavedPaths().length > 0);

  const closingTab = closing ? session.tab(closing) : undefined;
  const comparingTab = comparing ? session.tab(comparing.path) : undefined;

  return (
    <div
      className={`main-screen${focusMode ? ' main-screen-focus' : ''}`}
      // Sizes through the style object: the page's policy refuses style attributes in markup.
      style={{
        gridTemplateColumns: focusMode
          ? '0 minmax(0, 1fr) 0'
          : `${fitted.listWidth}px minmax(0, 1fr) ${fitted.sideWidth}px`,
        // Hidden, the problems keep their header row, with the button that shows them again.
        gridTemplateRows: `auto minmax(0, 1fr) ${
          focusMode ? '0px' : problemsShown ? `${fitted.problemsHeight}px` : 'auto'
        } auto`,
      }}
    >
      {focusMode ? (
        <button
          type="button"
          className="button focus-mode-exit"
          onClick={() => panes.setFocusMode(false)}
          title={`Show the panes again (Escape or ${formatShortcut(shortcuts.focusMode)})`}
        >
          Leave focus mode
        </button>
      ) : null}
      <header className="app-bar" hidden={focusMode}>
        <h1>Recap Studio</h1>
        <span className="app-bar-folder" title={info.root}>
          {info.name}
        </span>
        {info.kind === 'plain' ? (
          <span className="app-bar-note">No Hugo configuration found: fewer checks run.</span>
        ) : null}
        <span className="app-bar-spacer" />
        <PaneToggles
          layout={layout}
          onToggle={togglePane}
          onFocusMode={toggleFocusMode}
          shortcuts={{
            list: shortcuts.togglePostList,
            side: shortcuts.toggleSidePanel,
            problems: shortcuts.problems,
            focusMode: shortcuts.focusMode,
          }}
        />
        <button type="button" className="button button-quiet" onClick={() => setPaletteOpen(true)}>
          Commands <kbd>{formatShortcut(shortcuts.palette)}</kbd>
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setPreferencesOpen(true)}
        >
          Preferences
        </button>
      </header>

      <aside
        className="main-list"
        id="pane-list"
        ref={listArea}
        hidden={focusMode || !layout.listShown}
      >
        {postsError ? (
          <p className="main-list-error" role="alert">
            The post list could not be read. {postsError}
          </p>
        ) : null}
        <PostList
          ref={postList}
          posts={posts}
          authors={authorNames}
          search={search}
          openPath={tab?.path ?? null}
          onOpen={openPost}
          onNewPost={() => setNewPostOpen(true)}
          newPostShortcut={shortcuts.newPost}
        />
        <Splitter
          label="Resize the post list"
          controls="pane-list"
          className="main-list-splitter"
          size={fitted.listWidth}
          min={paneLimits.list.min}
          max={paneLimits.list.max}
          grows="right"
          onResize={(size) => panes.resize('list', size)}
          onReset={() => panes.resetSize('list')}
        />
      </aside>

      <section className="main-centre" aria-label="Editor">
        <TabBar
          tabs={tabs.tabs}
          active={tabs.active}
          onActivate={(path) => session.activate(path)}
          onClose={closeTab}
        />
        {tab ? (
          <TabNotices
            tab={tab}
            lineOf={lineOf}
            shortcuts={shortcuts}
            actions={{
              compare: () => compare(tab.path),
              overwrite: () => void session.save(tab.path, { overwrite: true }),
              reload: () => void session.reload(tab.path),
              saveAgain: () => void session.save(tab.path, { overwrite: true }),
              close: () => closeTab(tab.path),
              retry: () => void session.save(tab.path),
              dismissRefusal: () => session.dismissRefusal(tab.path),
              jump,
            }}
          />
        ) : null}
        <EditorPane
          session={session}
          hasPost={tab !== null}
          shortcuts={{
            open: shortcuts.findPost,
            newPost: shortcuts.newPost,
            palette: shortcuts.palette,
          }}
        />
      </section>

      <div
        className="main-side"
        id="pane-side"
        ref={sideArea}
        hidden={focusMode || !layout.sideShown}
      >
        <Splitter
          label="Resize the side panel"
          controls="pane-side"
          className="main-side-splitter"
          size={fitted.sideWidth}
          min={paneLimits.side.min}
          max={paneLimits.side.max}
          grows="left"
          onResize={(size) => panes.resize('side', size)}
          onReset={() => panes.resetSize('side')}
        />
        <SidePanel
          view={side}
          onView={setSide}
          preview={
            <PreviewSlot
              session={session}
              info={info}
              client={client}
              theme={theme.dark ? 'dark' : 'light'}
            />
          }
          frontMatter={
            <FrontMatterForm
              session={session}
              client={client}
              info={info}
              notify={notify}
              videos={
                <VideoSchemaSlot
                  session={session}
                  client={client}
                  info={info}
                  posts={posts}
                  reveal={videoReveal}
                />
              }
            />
          }
          publish={
            <PublishCheck
              post={publishedPost}
              info={info}
              lineOf={lineOf}
              onJump={jump}
              fixer={fixer ?? undefined}
            />
          }
          shortcuts={{
            preview: `Preview (${formatShortcut(shortcuts.preview)})`,
            'front-matter': `Front matter (${formatShortcut(shortcuts.frontMatter)})`,
            publish: "Publish check: the post as the site's CI and Google will see it",
          }}
        />
      </div>

      {focusMode ? null : (
        <div className="main-problems" id="pane-problems" ref={problemsArea}>
          {problemsShown ? (
            <Splitter
              label="Resize the problems panel"
              controls="pane-problems"
              className="main-problems-splitter"
              size={fitted.problemsHeight}
              min={paneLimits.problems.min}
              max={paneLimits.problems.max}
              grows="up"
              onResize={(size) => panes.resize('problems', size)}
              onReset={() => panes.resetSize('problems')}
            />
          ) : null}
          <ProblemsPanel
            ref={problemsPanel}
            diagnostics={tab?.diagnostics ?? []}
            lineOf={lineOf}
            onJump={jump}
            hasPost={tab !== null}
            {...(fixer ? { fixer } : {})}
            hidden={!problemsShown}
            onHiddenChange={(hidden) => panes.setShown('problems', !hidden)}
          />
        </div>
      )}

      <StatusBar
        tab={tab}
        status={session.status}
        folder={info.root}
        mode={client.transport === 'http' ? 'Web mode' : null}
      />

      {paletteOpen ? (
        <CommandPalette commands={commands} onClose={() => setPaletteOpen(false)} />
      ) : null}
      {preferencesOpen ? (
        <PreferencesDialog
          client={client}
          authors={info.authors ? authorNames : null}
          onClose={() => {
            setPreferencesOpen(false);
            // The site's video convention may have changed how the open post is checked.
            const path = session.activeTab()?.path;
            const view = path ? session.editors.viewOf(path) : null;
            if (view) forceLinting(view);
          }}
        />
      ) : null}
      {newRecapOpen ? (
        <NewRecapDialog
          client={client}
          authors={info.authors ? authorNames.list() : null}
          onCreated={recapCreated}
          onClose={() => setNewRecapOpen(false)}
        />
      ) : null}
      {exporting.dialog}
      {newPostOpen ? (
        <NewPostDialog
          authors={info.authors ? authorNames : null}
          defaultAuthor={defaultAuthor}
          onCreate={createPost}
          onClose={() => setNewPostOpen(false)}
        />
      ) : null}
      {closing && closingTab ? (
        <CloseTabDialog
          title={closingTab.title}
          focusFallback={focusWork}
          onCancel={() => setClosing(null)}
          onDiscard={() => {
            setClosing(null);
            session.close(closing);
          }}
          onSave={() => {
            setClosing(null);
            void session.save(closing).then((saved) => {
              if (saved) session.close(closing);
            });
          }}
        />
      ) : null}
      {comparing && comparingTab ? (
        <ConflictDialog
          title={comparingTab.title}
          focusFallback={focusWork}
          diskText={comparing.diskText}
          mine={session.editors.state(comparing.path)?.doc.toString() ?? ''}
          onClose={() => setComparing(null)}
          onOverwrite={() => {
            setComparing(null);
            void session.save(comparing.path, { overwrite: true });
          }}
          onReload={() => {
            setComparing(null);
            void session.reload(comparing.path);
          }}
        />
      ) : null}
      {startup.backups.length > 0 && !paletteOpen ? (
        <BackupRestoreDialog
          backups={startup.backups}
          focusFallback={focusWork}
          titleOf={titleOf}
          onRestore={(backup) => {
            startup.settle(backup.path);
            void session.restoreBackup(backup, titleOf(backup.path));
          }}
          onDiscard={(backup) => {
            startup.settle(backup.path);
            void session.discardBackup(backup.path);
          }}
          onClose={startup.later}
        />
      ) : null}
      <Toasts notices={notices} onDismiss={dismiss} />
    </div>
  );
}
