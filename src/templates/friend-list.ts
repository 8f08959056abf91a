import { html, nothing } from 'lit';
import type { LoadStatus } from '../controllers/friend-loader.js';
import { ListNavigationController } from '../controllers/list-navigation-controller.js';
import type { ListModel, ModelRow } from '../core/list-model.js';
import type { PickerError } from '../errors.js';
import type { WindowedList } from '../list/windowed-list.js';
import type { PickerMessages } from '../localization/messages.js';
import type { Friend } from '../types.js';
import { renderRow, type RowView } from './list-row.js';
import { renderEmpty, renderError, renderLoading } from './status.js';

/** What the list area shows, and what its rows need beyond the model. */
export interface FriendListView {
  status: LoadStatus;
  error: PickerError | null;
  model: ListModel;
  window: WindowedList;
  navigation: ListNavigationController;
  multiple: boolean;
  /** The picker takes no picks (its own `disabled`, or a disabled `<fieldset>`). */
  disabled: boolean;
  /** The picks, in pick order. */
  picked: readonly string[];
  /** Why the app does not let this friend be picked (`isFriendDisabled`), or `null`. */
  reasonOf: (friend: Friend | null) => string | null;
  /** Whether the selection rules let this friend be picked now. */
  pickable: (uuid: string) => boolean;
  /** What the rows show besides their state: avatars, strings, the app's renderer. */
  row: Omit<RowView, 'stateOf'>;
  onRetry: () => void;
  messages: PickerMessages;
}

/** The friend on a row: `null` for a section header, or the signed-in user without a uuid. */
export function rowFriend(row: ModelRow | undefined): Friend | null {
  return row === undefined || row.type === 'header' ? null : row.friend;
}

/**
 * The list area: the error or empty state, skeleton rows while the first friends load, or the
 * listbox with a copy of the current section's header kept over its scrolling rows.
 */
export function renderFriendList(view: FriendListView) {
  const { status, error, model, messages, navigation } = view;
  if (status === 'error' && error !== null) return renderError(error, view.onRetry, messages);
  const searching = model.resultCount !== null;
  if (!searching && model.rowCount === 0) {
    return status === 'ready' && !model.busy ? renderEmpty(messages.empty()) : renderLoading();
  }
  const label = (row: ModelRow): string =>
    row.type === 'header' ? messages.section(row.section, row.count) : '';
  if (searching && model.resultCount === 0) {
    return html`${renderStickyHeader(model, 0, label)}
      <div class="spacer"></div>
      ${renderEmpty(messages.noResults())}`;
  }
  const rows: RowView = {
    ...view.row,
    stateOf: (row, index) => {
      const friend = rowFriend(row);
      const reason = view.reasonOf(friend);
      return {
        id: ListNavigationController.idOf(index),
        selected: friend !== null && view.picked.includes(friend.uuid),
        reason,
        disabled:
          friend === null || reason !== null || view.disabled || !view.pickable(friend.uuid),
        active: index === navigation.active,
        position: model.optionPosition(index),
        setSize: model.optionCount,
        // Highlights are computed for the rendered rows only, not for every match.
        ranges: model.rangesOf(row),
      };
    },
  };
  return html`${renderStickyHeader(model, view.window.firstIndex, label)}
    <div
      part="list"
      class=${view.multiple ? 'scroller' : 'scroller single'}
      role="listbox"
      tabindex="0"
      aria-labelledby="heading"
      aria-multiselectable=${view.multiple ? 'true' : nothing}
      aria-disabled=${view.disabled ? 'true' : nothing}
      aria-activedescendant=${navigation.activeId ?? nothing}
      @keydown=${navigation.handleKeydown}
      @click=${navigation.handleClick}
      @focus=${navigation.handleFocus}
      @pointerdown=${navigation.handlePointerDown}
    >
      ${view.window.renderWindow({
        rowCount: model.rowCount,
        headers: model.headerIndexes,
        rowAt: (index) => model.rowAt(index),
        renderRow: (row, index) => renderRow(row, index, rows, label),
      })}
    </div>`;
}

/** A copy of the header of the section row `index` is in, kept over the scrolling rows. */
function renderStickyHeader(model: ListModel, index: number, label: (row: ModelRow) => string) {
  let header: ModelRow | undefined;
  for (const at of model.headerIndexes) {
    if (at > Math.max(index, 0)) break;
    header = model.rowAt(at);
  }
  if (header === undefined || header.type !== 'header') return nothing;
  return html`<div class="sticky" aria-hidden="true">
    <div part="section-header">${label(header)}</div>
  </div>`;
}
