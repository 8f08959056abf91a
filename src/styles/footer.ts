import { css } from 'lit';

/** The hint and the OK button (templates/footer.ts). */
export const footerStyles = css`
  .footer {
    grid-area: footer;
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 8px 16px 16px;
  }

  /* Too short for the picked strip (picked-strip.ts): a smaller margin under OK. */
  @container (max-height: 420px) {
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

  /* Backgrounds are gone: an edge draws OK. */
  @media (forced-colors: active) {
    [part='confirm-button'] {
      border: 1px solid CanvasText;
    }
  }
`;
