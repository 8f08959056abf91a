import { css } from 'lit';

/** Loading skeleton, empty and error states (templates/status.ts). */
export const statusStyles = css`
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
`;
