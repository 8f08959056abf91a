import { css } from 'lit';

/** Thumbnails and their fallback initials (templates/avatar.ts). */
export const avatarStyles = css`
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

  /* Backgrounds are gone: an edge draws each avatar. */
  @media (forced-colors: active) {
    .avatar {
      border: 1px solid CanvasText;
    }
  }
`;
