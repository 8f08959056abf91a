import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { Recipients } from './RecipientsWrapped.js';

export function render(): string {
  return renderToString(
    <StrictMode>
      <Recipients />
    </StrictMode>,
  );
}
