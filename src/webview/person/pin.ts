/** The pin toggle's look: a pinned panel keeps its person; an unpinned one follows the Connections selection. */
import { setText } from '../dom';
import type { PanelElements } from './view';

/** Shows whether the panel is pinned: the header button's label and pressed state, and the empty state's words. */
export function renderPin(ui: PanelElements, pinned: boolean): void {
  setText(ui.pin, pinned ? 'Unpin' : 'Pin');
  ui.pin.setAttribute('aria-pressed', String(pinned));
  ui.pin.title = pinned
    ? 'Pinned: this panel stays on this person. Unpin to follow the Connections selection again.'
    : 'Pin: keep this panel on this person; opening someone else uses a new panel.';
  setText(ui.emptyTitle, pinned ? 'This person is no longer listed' : 'No one selected');
  setText(
    ui.emptyText,
    pinned
      ? 'The panel is pinned to someone who left the list. Unpin it to follow the Connections selection again.'
      : 'Pick someone in the Connections list, then press Enter, double-click, or use Open.'
  );
  ui.emptyUnpin.hidden = !pinned;
}
