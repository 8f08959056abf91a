import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Recipients } from './Recipients.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Recipients />
  </StrictMode>,
);
