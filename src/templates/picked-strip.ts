import { html } from 'lit';
import type { Friend } from '../types.js';
import type { PickerMessages } from '../localization/messages.js';
import { renderAvatar } from './avatar.js';
import { closeIcon } from './icons.js';

export interface PickedStripView {
  /** Picked friends in pick order (a uuid not loaded yet has only its uuid). */
  picked: readonly Friend[];
  broken: ReadonlySet<string>;
  onBroken: (url: string) => void;
  onRemove: (uuid: string) => void;
  /** The picker's strings, in its language. */
  messages: PickerMessages;
  /** The picker is disabled (in a form): the remove buttons are too. */
  disabled?: boolean;
  /** In the landscape side panel: under a heading with the count, with a line when empty. */
  side?: boolean;
}

/**
 * The strip of picked friends, each with a remove button; in landscape, a side panel holding it
 * under a heading with the count, or a line saying where picks will show.
 */
export function renderPickedStrip(view: PickedStripView) {
  const count = view.picked.length;
  if (view.side !== true) return renderList(view);
  return html`<div class="side">
    <h3 class="side-heading">
      ${view.messages.pickedLabel()} <span class="side-count">${count}</span>
    </h3>
    ${count > 0 ? renderList(view) : html`<p class="side-empty">${view.messages.pickedEmpty()}</p>`}
  </div>`;
}

function renderList(view: PickedStripView) {
  return html`<ul part="picked" aria-label=${view.messages.pickedLabel()}>
    ${view.picked.map((friend) => {
      const name = friend.profile_nickname ?? view.messages.unknownName();
      return html`<li part="picked-item" data-uuid=${friend.uuid}>
        ${renderAvatar({
          url: friend.profile_thumbnail_image,
          name: friend.profile_nickname,
          seed: friend.uuid,
          broken: view.broken,
          onBroken: view.onBroken,
        })}
        <span class="picked-name" dir="auto">${name}</span>
        <button
          type="button"
          ?disabled=${view.disabled === true}
          aria-label=${view.messages.remove(name)}
          @click=${() => view.onRemove(friend.uuid)}
        >
          ${closeIcon}
        </button>
      </li>`;
    })}
  </ul>`;
}
