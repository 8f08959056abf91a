import { html } from 'lit';
import type { ModelRow } from '../core/list-model.js';
import type { MatchRange } from '../core/search.js';
import type { PickerMessages } from '../localization/messages.js';
import { renderAvatar } from './avatar.js';
import { renderHighlighted } from './highlight.js';

export interface RowState {
  /** DOM id of the option (for `aria-activedescendant`). */
  id: string;
  selected: boolean;
  disabled: boolean;
  active: boolean;
  /** 1-based position among all the list's options, and their number (not just the rendered). */
  position: number;
  setSize: number;
  /** Matched characters to highlight while searching; `null` otherwise. */
  ranges: readonly MatchRange[] | null;
}

export interface RowView {
  stateOf: (row: ModelRow, index: number) => RowState;
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
  row: Exclude<ModelRow, { type: 'header' }>,
  index: number,
  view: RowView,
) {
  const state = view.stateOf(row, index);
  const profile = row.type === 'profile';
  const name = profile ? row.profile.nickName : row.friend.profile_nickname;
  const url = profile
    ? (row.profile.thumbnailURL ?? row.profile.profileImageURL)
    : row.friend.profile_thumbnail_image;
  const uuid = row.friend?.uuid ?? '';
  return html`<div
    part=${profile ? 'item my-profile' : 'item'}
    class=${state.active ? 'row active' : 'row'}
    role="option"
    id=${state.id}
    data-uuid=${uuid}
    data-index=${index}
    aria-selected=${state.selected ? 'true' : 'false'}
    aria-disabled=${state.disabled ? 'true' : 'false'}
    aria-posinset=${state.position}
    aria-setsize=${state.setSize}
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
      >${name === undefined ? view.messages.unknownName() : renderHighlighted(name, state.ranges)}</span
    >
    ${profile ? html`<span class="me">${view.messages.me()}</span>` : ''}
  </div>`;
}

/** Renders any row of the list model. */
export function renderRow(
  row: ModelRow,
  index: number,
  view: RowView,
  headerLabel: (row: ModelRow) => string,
) {
  return row.type === 'header'
    ? renderSectionHeader(headerLabel(row))
    : renderOption(row, index, view);
}
