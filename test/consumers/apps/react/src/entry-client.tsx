import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { TAG_NAME } from 'kakao-friend-picker';
import { Recipients } from './RecipientsWrapped.js';

hydrateRoot(
  document.getElementById('root')!,
  <StrictMode>
    <Recipients />
  </StrictMode>,
);

// A second copy of the package on the page (here its no-build bundle, as a widget or a CDN script
// would bring it) must be a no-op: the first definition stays, and nothing throws.
import('kakao-friend-picker/bundle').then(
  (copy) => {
    const kept = customElements.get(TAG_NAME) !== copy.KakaoFriendPicker;
    document.documentElement.dataset.secondCopy = kept ? 'no-op' : 'redefined';
  },
  (error: Error) => (document.documentElement.dataset.secondCopy = `threw: ${error.message}`),
);
