import { css } from 'lit';

/**
 * The list area and its rows: the scrolling listbox and its window, section headers (the sticky one
 * too), a friend's row with its check circle, name, reason and highlighted match.
 */
export const listStyles = css`
  .list-area {
    position: relative;
    flex: 1;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
  }

  .scroller {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The list's size never depends on its rows: scrolling re-lays out only the window. */
    contain: size layout style;
  }

  .sizer {
    position: relative;
  }

  .window,
  .sticky {
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0;
  }

  .spacer {
    block-size: 32px;
  }

  .sticky {
    z-index: 1;
    pointer-events: none;
  }

  [part='section-header'] {
    display: flex;
    align-items: center;
    block-size: 32px;
    padding-inline: 16px;
    background: var(--_bg);
    color: var(--_text-secondary);
    font-size: 0.85em;
    font-weight: 600;
  }

  .row {
    display: flex;
    align-items: center;
    gap: 12px;
    /* Fixed: the windowed list places rows by arithmetic. */
    block-size: var(--kfp-size-row, 60px);
    padding-block: 8px;
    padding-inline: 16px 28px;
    cursor: pointer;
    user-select: none;
    /* Each row lays out and paints on its own: re-rendering a window of rows stays cheap. */
    contain: layout style paint;
  }

  .row:hover {
    background: var(--_surface);
  }

  /* The active row is marked for keyboard use only: a tap or a click already shows where it was. */
  :not(.pointer) > :focus-visible .row.active {
    background: var(--_surface);
    box-shadow: inset 3px 0 0 var(--_focus);
  }

  :host(:dir(rtl)) :not(.pointer) > :focus-visible .row.active {
    box-shadow: inset -3px 0 0 var(--_focus);
  }

  .row[aria-disabled='true'] {
    cursor: not-allowed;
  }

  [aria-disabled='true'] .check,
  [aria-disabled='true'] .avatar,
  [aria-disabled='true'] .nickname {
    opacity: 0.55;
  }

  /* Rows use classes, not [part~=…]: class selectors keep a keystroke's style recalc cheap. */
  .nickname,
  .text {
    flex: 1;
    min-inline-size: 0;
  }

  /* A name with a line under it: the reason a friend cannot be picked, or a renderer's content. */
  .text {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    white-space: nowrap;
  }

  .reason {
    font-size: 0.8em;
    color: var(--_text-secondary);
  }

  mark {
    background: none;
    color: var(--kfp-color-highlight, light-dark(#0057b8, #8cc4ff));
    font-weight: 700;
  }

  .check {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 22px;
    block-size: 22px;
    border: 1.5px solid var(--_control-border);
    border-radius: 50%;
    background: var(--_bg);
  }

  /* The check mark is drawn by CSS: one element per row instead of an inline SVG. */
  .check::after {
    content: '';
    inline-size: 6px;
    block-size: 11px;
    margin-block-start: -2px;
    border: solid var(--_accent-text);
    border-width: 0 2.5px 2.5px 0;
    transform: rotate(45deg);
    visibility: hidden;
  }

  [aria-selected='true'] .check {
    border-color: var(--_accent-text);
    background: var(--_accent);
  }

  [aria-selected='true'] .check::after {
    visibility: visible;
  }

  .single .check::after {
    display: none;
  }

  /* Single mode's choice: a dark dot in an accent ring, like the multiple mode's check. */
  .single [aria-selected='true'] .check {
    background: var(--_accent-text);
    box-shadow: inset 0 0 0 5px var(--_accent);
  }

  .me {
    color: var(--_text-secondary);
    font-size: 0.85em;
  }

  @media (forced-colors: active) {
    :not(.pointer) > :focus-visible .row.active,
    [aria-selected='true'] .check {
      outline: 2px solid Highlight;
    }

    mark {
      color: Highlight;
    }
  }
`;
