import { css } from 'lit';

/**
 * The strip of picked friends, and the landscape side panel holding it (templates/picked-strip.ts).
 */
export const pickedStripStyles = css`
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

  /* Too short for the strip and two rows: the header's "3/30" counter stands for the strip. */
  @container (max-height: 420px) {
    .panel > [part='picked'] {
      display: none;
    }
  }
`;
