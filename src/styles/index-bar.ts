import { css } from 'lit';

/** The index bar and the bubble showing the key under the finger (templates/index-bar.ts). */
export const indexBarStyles = css`
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

  .index-bubble {
    inset: 50% auto auto 50%;
    translate: -50% -50%;
    inline-size: 64px;
    line-height: 64px;
    border-radius: 50%;
    font-size: 28px;
    font-weight: 700;
  }
`;
