import { html } from 'lit';
import type { ListRow } from '../core/sections.js';
import type { PickerMessages } from '../localization/messages.js';
import { renderAvatar } from './avatar.js';
import { renderHighlighted } from './highlight.js';

export interface RowState {
  /** DOM id of the option (for `aria-activedescendant`). */
  id: string;
  selected: boolean;
  disabled: boolean;
  active: boolean;
}

export interface RowView {
  stateOf: (row: ListRow, index: number) => RowState;
  broken: ReadonlySet<string>;
  onBroken: (url: string) => void;
  /** The picker's strings, in its language. */
  messages: PickerMessages;
}

/** A section header inside the listbox: presentational, its text names the rows below it. */
export function renderSectionHeader(label: string) {
  return html`<div part="section-header" role="presentation">${label}</div>`;
}

/** One option of the listbox (a friend, or my profile). */
export function renderOption(
  row: Exclude<ListRow, { type: 'header' }>,
  index: number,
  view: RowView,
) {
  const state = view.stateOf(row, index);
  const friend = row.type === 'profile' ? row.friend : row.friend;
  const name =
    row.type === 'profile' ? row.profile.nickName : (row.friend.profile_nickname ?? undefined);
  const url =
    row.type === 'profile'
      ? (row.profile.thumbnailURL ?? row.profile.profileImageURL)
      : row.friend.profile_thumbnail_image;
  const uuid = friend?.uuid ?? '';
  return html`<div
    part=${row.type === 'profile' ? 'item my-profile' : 'item'}
    class=${state.active ? 'row active' : 'row'}
    role="option"
    id=${state.id}
    data-uuid=${uuid}
    data-index=${index}
    aria-selected=${state.selected ? 'true' : 'false'}
    aria-disabled=${state.disabled ? 'true' : 'false'}
  >
    <span class="check" aria-hidden="true"></span>
    ${renderAvatar({
      url,
      name,
      seed: uuid || (name ?? ''),
      broken: view.broken,
      onBroken: view.onBroken,
    })}
    <span part="nickname" class="nickname"
      >${
        name === undefined
          ? view.messages.unknownName()
          : renderHighlighted(name, row.type === 'friend' ? row.ranges : null)
      }</span
    >
    ${row.type === 'profile' ? html`<span class="me">${view.messages.me()}</span>` : ''}
  </div>`;
}

/** Renders any row of the list model. */
export function renderRow(
  row: ListRow,
  index: number,
  view: RowView,
  headerLabel: (row: ListRow) => string,
) {
  return row.type === 'header'
    ? renderSectionHeader(headerLabel(row))
    : renderOption(row, index, view);
}
