import { css } from 'lit';

/** The search box and its clear button (templates/search-field.ts). */
export const searchFieldStyles = css`
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
`;
