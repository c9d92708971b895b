import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * Typing over a selection replaces it here rather than in the browser's own
 * editing: Chrome, replacing highlighted text, writes an inline `style` into
 * the line to keep the deleted text's colour, which the page's CSP refuses
 * (and reports in the console). Input handlers (bracket closing, completion)
 * still see the typing first, as they do for CodeMirror's own input.
 */
export function typingOverSelection(): Extension {
  return EditorView.domEventHandlers({
    beforeinput(event, view) {
      if (event.inputType !== 'insertText' || !event.data || event.isComposing || view.composing)
        return false;
      const { main } = view.state.selection;
      if (main.empty || view.state.readOnly) return false;
      event.preventDefault();
      const text = event.data;
      const insert = () =>
        view.state.update(view.state.replaceSelection(text), {
          userEvent: 'input.type',
          scrollIntoView: true,
        });
      const handled = view.state
        .facet(EditorView.inputHandler)
        .some((handler) => handler(view, main.from, main.to, text, insert));
      if (!handled) view.dispatch(insert());
      return true;
    },
  });
}
