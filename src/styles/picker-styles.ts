import { css } from 'lit';

/**
 * Public colour tokens (`--kfp-color-background` and the like) read by more than one rule are mapped once on `:host` to
 * private `--_*` properties, so their defaults live in one place; other tokens are read where they
 * are used. Colours that differ in the dark theme are `light-dark()` pairs, resolved by the host's
 * `color-scheme`: the `theme` attribute forces it, otherwise the system preference decides.
 */
export const pickerStyles = css`
  :host {
    --_bg: var(--kfp-color-background, light-dark(#ffffff, #1c1c1e));
    --_surface: var(--kfp-color-surface, light-dark(#f4f4f5, #2a2a2d));
    --_text: var(--kfp-color-text, light-dark(#191919, #f2f2f2));
    --_text-secondary: var(--kfp-color-text-secondary, light-dark(#5c5c5c, #b4b4b8));
    --_border: var(--kfp-color-border, light-dark(#e2e2e4, #3a3a3e));
    --_control-border: var(--kfp-color-control-border, light-dark(#8a8a8e, #8e8e93));
    --_accent: var(--kfp-color-accent, #fee500);
    --_accent-text: var(--kfp-color-accent-text, #191919);
    --_focus: var(--kfp-color-focus, light-dark(#0a64d6, #8cc4ff));
    --_skeleton: var(--kfp-color-skeleton, light-dark(#e9e9eb, #333337));

    /* full and popup live in the top layer; the host itself takes no room in the page. */
    display: contents;
    color-scheme: light dark;
    font-family: var(
      --kfp-font-family,
      system-ui,
      Apple SD Gothic Neo,
      Noto Sans KR,
      Noto Sans JP,
      Malgun Gothic,
      sans-serif
    );
    font-size: var(--kfp-font-size, 15px);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  :host([view-type='inline']) {
    display: block;
    height: var(--kfp-inline-height, 480px);
  }

  /* [hidden] hides the inline view; full and popup stay display: contents. */
  :host([view-type='inline'][hidden]) {
    display: none;
  }

  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  .panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto minmax(0, 1fr) auto auto;
    grid-template-areas: 'header' 'search' 'body' 'picked' 'footer';
    block-size: 100%;
    background: var(--_bg);
    color: var(--_text);
    overflow: hidden;
    /* Short panels compact the picked strip (see below) so the list keeps two rows. */
    container-type: size;
  }

  :host([view-type='inline']) .panel {
    border: 1px solid var(--_border);
    border-radius: var(--kfp-radius, 16px);
  }

  :host([view-type='inline']:state(user-invalid)) .panel {
    border-color: var(--kfp-color-danger, light-dark(#b3261e, #ffb4ab));
  }

  .landscape {
    grid-template-columns: minmax(0, 1fr) minmax(200px, 34%);
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    grid-template-areas: 'header header' 'search picked' 'body picked' 'body footer';
  }

  dialog {
    padding: 0;
    border: 0;
    color: var(--_text);
    background: var(--_bg);
    overflow: hidden;
  }

  dialog::backdrop {
    background: var(--kfp-color-backdrop, rgb(0 0 0 / 0.5));
  }

  .full {
    inline-size: 100vw;
    block-size: 100dvh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: env(safe-area-inset-top) env(safe-area-inset-right) env(safe-area-inset-bottom)
      env(safe-area-inset-left);
  }

  .popup {
    inline-size: min(var(--kfp-popup-width, 480px), calc(100vw - 32px));
    block-size: min(var(--kfp-popup-height, 700px), calc(100dvh - 32px));
    border-radius: var(--kfp-radius, 16px);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
  }

  /* A popup on a short screen (a phone held sideways) would leave room for no rows: full screen. */
  @media (max-height: 560px) {
    .popup {
      inline-size: 100vw;
      block-size: 100dvh;
      max-inline-size: none;
      max-block-size: none;
      margin: 0;
      border-radius: 0;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    [open] {
      animation: kfp-in var(--kfp-motion-duration, 160ms) ease-out;
    }

    .bone {
      animation: kfp-pulse 1.2s ease-in-out infinite;
    }

    [part='picked'] {
      scroll-behavior: smooth;
    }
  }

  @keyframes kfp-in {
    from {
      opacity: 0;
      transform: translateY(12px);
    }
  }

  @keyframes kfp-pulse {
    50% {
      opacity: 0.5;
    }
  }

  /* Plain divs, not <header>/<footer>: two pickers must not add page-level landmarks. */
  .header {
    grid-area: header;
    display: flex;
    align-items: center;
    gap: 8px;
    /* The counter (inline view) keeps the heading's inset; the close button's icon lines up too. */
    padding: 12px 16px 8px;
    min-block-size: 52px;
  }

  [part='heading'] {
    flex: 1;
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }

  [part='heading'],
  .nickname,
  .reason,
  .picked-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  [part='counter'] {
    color: var(--_text-secondary);
    font-variant-numeric: tabular-nums;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  button:focus-visible,
  [part='search-input']:focus-visible,
  .scroller:focus-visible,
  [part='picked']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    border: 0;
    border-radius: 50%;
    background: none;
  }

  .header .icon-button {
    margin-inline-end: -12px;
  }

  .icon-button:hover {
    background: var(--_surface);
  }

  .icon-button svg {
    inline-size: 20px;
    block-size: 20px;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    fill: none;
  }

  .search {
    grid-area: search;
    position: relative;
    padding: 4px 16px 8px;
  }

  [part='search-input'] {
    inline-size: 100%;
    block-size: 40px;
    padding-inline: 12px 40px;
    border: 1px solid transparent;
    border-radius: 10px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  [part='search-input']::placeholder {
    color: var(--_text-secondary);
    opacity: 1;
  }

  [part='search-input']::-webkit-search-cancel-button {
    appearance: none;
  }

  .clear {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 16px;
    inline-size: 40px;
    block-size: 40px;
  }

  .body {
    grid-area: body;
    position: relative;
    display: flex;
    min-block-size: 0;
  }

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

  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: var(--kfp-size-avatar, 40px);
    block-size: var(--kfp-size-avatar, 40px);
    border-radius: var(--kfp-radius-avatar, 50%);
    object-fit: cover;
    color: #ffffff;
    font-weight: 700;
  }

  /* Fallback avatar backgrounds, dark enough for white initials to pass WCAG AA (4.5:1). */
  .tone-0 {
    background: #b4235a;
  }
  .tone-1 {
    background: #8e3fb0;
  }
  .tone-2 {
    background: #4d5bd6;
  }
  .tone-3 {
    background: #0b6fa4;
  }
  .tone-4 {
    background: #0f766e;
  }
  .tone-5 {
    background: #3f7a1e;
  }
  .tone-6 {
    background: #9a5b00;
  }
  .tone-7 {
    background: #b63d1f;
  }

  .me {
    color: var(--_text-secondary);
    font-size: 0.85em;
  }

  /* Keys from the top, not centred: the bar stays put when the picked strip takes room. */
  [part='index'] {
    display: flex;
    flex-direction: column;
    flex: none;
    inline-size: 24px;
    padding-block: 4px;
    touch-action: none;
    user-select: none;
  }

  .concealed {
    visibility: hidden;
  }

  [part='index'] button {
    flex: 0 0 16px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_text-secondary);
    font-size: 11px;
  }

  [part='index'] .current {
    color: var(--_text);
    font-weight: 700;
  }

  .toast,
  .index-bubble {
    position: absolute;
    z-index: 2;
    background: var(--_text);
    color: var(--_bg);
    text-align: center;
    pointer-events: none;
  }

  .toast {
    inset: auto 16px 12px;
    padding: 10px 14px;
    border-radius: 10px;
    font-size: 0.9em;
  }

  .index-bubble {
    inset: 50% auto auto 50%;
    translate: -50% -50%;
    inline-size: 64px;
    line-height: 64px;
    border-radius: 50%;
    font-size: 28px;
    font-weight: 700;
  }

  .status {
    display: grid;
    place-content: center;
    gap: 12px;
    flex: 1;
    padding: 24px;
    text-align: center;
    color: var(--_text-secondary);
  }

  [part='error'] p {
    margin: 0;
    color: var(--_text);
  }

  .retry {
    justify-self: center;
    padding: 8px 20px;
    border: 1px solid var(--_control-border);
    border-radius: 999px;
    background: var(--_bg);
  }

  .skeleton {
    flex: 1;
    overflow: hidden;
  }

  .skeleton .row {
    cursor: default;
    background: none;
  }

  .skeleton .check {
    border-color: var(--_skeleton);
  }

  .bone {
    background: var(--_skeleton);
  }

  .bone.line {
    border-radius: 6px;
    block-size: 12px;
    inline-size: 40%;
  }

  [part='picked'] {
    grid-area: picked;
    display: flex;
    gap: 12px;
    margin: 0;
    padding: 10px 16px;
    list-style: none;
    overflow-x: auto;
    border-block-start: 1px solid var(--_border);
  }

  /* Landscape: the picks in a side panel under a heading, divided from the list to the bottom. */
  .side {
    grid-area: picked;
    display: flex;
    flex-direction: column;
    min-block-size: 0;
  }

  .side,
  .landscape .footer {
    border-inline-start: 1px solid var(--_border);
  }

  .side-heading {
    margin: 0;
    padding: 8px 16px;
    color: var(--_text-secondary);
    font-size: 0.85em;
  }

  .side-empty {
    margin: 0;
    padding-inline: 16px;
    color: var(--_text-secondary);
  }

  .side [part='picked'] {
    flex: 1;
    flex-direction: column;
    overflow: hidden auto;
    border: 0;
  }

  [part='picked-item'] {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    flex: none;
    inline-size: 60px;
    font-size: 0.8em;
  }

  .side [part='picked-item'] {
    flex-direction: row;
    gap: 12px;
    inline-size: auto;
    font-size: 1em;
  }

  .picked-name {
    max-inline-size: 100%;
  }

  [part='picked-item'] button {
    position: absolute;
    inset-block-start: -6px;
    inset-inline-end: -2px;
    display: grid;
    place-items: center;
    inline-size: 24px;
    block-size: 24px;
    padding: 0;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_text-secondary);
    color: var(--_bg);
  }

  [part='picked-item'] button:disabled {
    visibility: hidden;
  }

  .side button {
    position: static;
    margin-inline-start: auto;
  }

  [part='picked-item'] svg {
    inline-size: 12px;
    block-size: 12px;
    stroke: currentColor;
    stroke-width: 3;
    fill: none;
  }

  .footer {
    grid-area: footer;
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 8px 16px 16px;
  }

  /* Too short for the strip and two rows: the header's "3/30" counter stands for the strip. */
  @container (max-height: 420px) {
    .panel > [part='picked'] {
      display: none;
    }

    .footer {
      padding-block-end: 8px;
    }
  }

  .hint {
    margin: 0;
    color: var(--_text-secondary);
    font-size: 0.85em;
    text-align: center;
  }

  [part='confirm-button'] {
    block-size: 48px;
    border: 0;
    border-radius: 12px;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 700;
  }

  [part='confirm-button']:is(:disabled, [aria-disabled='true']) {
    cursor: not-allowed;
    background: var(--_surface);
    color: var(--_text-secondary);
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    :not(.pointer) > :focus-visible .row.active,
    [aria-selected='true'] .check {
      outline: 2px solid Highlight;
    }

    mark {
      color: Highlight;
    }

    /* Backgrounds and shadows are gone: edges draw the dialog, avatars and OK. */
    dialog,
    .avatar,
    [part='confirm-button'] {
      border: 1px solid CanvasText;
    }
  }
`;
