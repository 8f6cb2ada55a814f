/**
 * The error message box (a {@link Panel}; its markup is `#error` in
 * index.html): shown while the page's state holds a message. Its text stays
 * when it is hidden, as the box only hides.
 */
import type { Panel } from './panel.ts';

/** The error message box. */
export const errorPanel: Panel<{ message: string | null }> = {
  markup: (doc) => doc.getElementById('error')!,
  state: ({ errorMessage }) => ({ message: errorMessage }),
  render(root, { message }) {
    root.hidden = message === null;
    if (message !== null) root.querySelector('#error-text')!.textContent = message;
  },
};
