import { useState } from 'react';

/**
 * Pages of a cursor-paginated list: the API gives the cursor of the next page
 * only, so the cursors of the pages seen are kept to go back. A new `resetKey`
 * (other filters) starts again from the first page.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: Array<string | undefined> }>({ key: resetKey, cursors: [undefined] });
  const cursors = state.key === resetKey ? state.cursors : [undefined];
  const index = cursors.length - 1;
  return {
    cursor: cursors[index],
    /** 0 for the first page. */
    index,
    next: (cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
    first: () => setState({ key: resetKey, cursors: [undefined] }),
  };
}
