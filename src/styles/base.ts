import { css } from 'lit';

/**
 * The host and the panel: the tokens and the theme, the panel's grid (portrait and landscape), the
 * `<dialog>` of the full and popup views, the toast, the opening and loading animations, and what
 * several parts share (buttons, focus rings, text ending in an ellipsis, screen-reader-only text).
 *
 * Public colour tokens (`--kfp-color-background` and the like) read by more than one rule are
 * mapped once on `:host` to private `--_*` properties, so their defaults live in one place; other
 * tokens are read where they are used. Colours that differ in the dark theme are `light-dark()`
 * pairs, resolved by the host's `color-scheme`: the `theme` attribute forces it, otherwise the
 * system preference decides.
 */
export const baseStyles = css`
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
    /* Short panels compact the picked strip (picked-strip.ts) so the list keeps two rows. */
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

  .body {
    grid-area: body;
    position: relative;
    display: flex;
    min-block-size: 0;
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

  [part='heading'],
  .nickname,
  .reason,
  .picked-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
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

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Backgrounds and shadows are gone: an edge draws the dialog. */
  @media (forced-colors: active) {
    dialog {
      border: 1px solid CanvasText;
    }
  }
`;
