import { html, type TemplateResult } from 'lit';
import type { MatchRange } from '../core/search.js';
import type { PickerMessages } from '../localization/messages.js';
import type { Friend } from '../types.js';
import { renderAvatar } from './avatar.js';
import type { ModelRow } from '../core/list-model.js';
import { loadedSearch } from '../controllers/search-loader.js';

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
  /** Why the app does not let this friend be picked (`isFriendDisabled`), shown under the name. */
  reason: string | null;
}

/** What a `renderFriend` renderer is given beside the friend (docs/guide.md, "Customising"). */
export interface FriendRowState {
  selected: boolean;
  /** The row cannot be picked (the maximum is reached, the picker is disabled, or `reason`). */
  disabled: boolean;
  /** The string `isFriendDisabled` returned for this friend, or `null`. */
  reason: string | null;
  /** The row is the keyboard's active option. */
  active: boolean;
  /** Matched characters of the nickname while searching (`[start, end)` pairs), else `null`. */
  match: readonly MatchRange[] | null;
  /** The nickname with the matched characters in `<mark>`, as the default row shows it. */
  highlightedName: unknown;
  /** The picker's language (`ko`, `en`, `ja`), for the renderer's own words. */
  language: string;
}

/** Renders the name area of a friend's row; the picker keeps the rest of the row. */
export type FriendRenderer = (friend: Friend, state: FriendRowState) => TemplateResult | string;

export interface RowView {
  stateOf: (row: ModelRow, index: number) => RowState;
  broken: ReadonlySet<string>;
  onBroken: (url: string) => void;
  /** The picker's strings, in its language. */
  messages: PickerMessages;
  /**
   * The app's renderer of the name area (`renderFriend`); `undefined` for the built-in one. It is
   * called inside a try: a renderer that throws gets the built-in name area and `onRendererError`.
   */
  renderer?: FriendRenderer | undefined;
  onRendererError?: (error: unknown) => void;
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
    ${nameArea(row, name, state, view)}
    ${
      profile && !name?.includes(view.messages.me())
        ? html`<span class="me">${view.messages.me()}</span>`
        : ''
    }
  </div>`;
}

function nameArea(
  row: Exclude<ModelRow, { type: 'header' }>,
  name: string | undefined,
  state: RowState,
  view: RowView,
) {
  const highlighted =
    name === undefined
      ? view.messages.unknownName()
      : state.ranges === null
        ? name
        : // Ranges come from the matcher, so it is loaded (with the highlighting, in its chunk).
          loadedSearch()!.renderHighlighted(name, state.ranges);
  const friend = row.friend;
  if (view.renderer !== undefined && friend !== null) {
    try {
      const content = view.renderer(friend, {
        selected: state.selected,
        disabled: state.disabled,
        reason: state.reason,
        active: state.active,
        match: state.ranges,
        highlightedName: highlighted,
        language: view.messages.language,
      });
      // Rendered by Lit as any child value: text is escaped, never parsed as markup.
      return html`<span part="name-area" class="text">${content}</span>`;
    } catch (error) {
      view.onRendererError?.(error);
    }
  }
  // dir=auto: a right-to-left name is laid out, and truncated, from its own start.
  const nickname = html`<span part="nickname" class="nickname" dir="auto">${highlighted}</span>`;
  if (state.reason === null) return nickname;
  return html`<span class="text"
    >${nickname}<span part="reason" class="reason">${state.reason}</span></span
  >`;
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
