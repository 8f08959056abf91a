import { css } from 'lit';

/** The title bar (templates/header.ts). */
export const headerStyles = css`
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

  [part='counter'] {
    color: var(--_text-secondary);
    font-variant-numeric: tabular-nums;
  }

  .header .icon-button {
    margin-inline-end: -12px;
  }
`;
