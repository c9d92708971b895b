// The editor screen arrives with the workspace and editor issues; until then the
// window says what the app is and how to check a site from the command line.
export function App(): React.JSX.Element {
  return (
    <main>
      <h1>Recap Studio</h1>
      <p>
        The editor is not built yet. Check a Hugo site from a terminal with{' '}
        <code>npx recap-studio check PATH</code>.
      </p>
    </main>
  );
}
