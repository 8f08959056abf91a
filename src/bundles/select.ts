// Entry of dist/select.bundle.js: the Promise API (Kakao's `selectFriends()` / `selectFriend()`).
// Like kakao.ts it imports the core bundle instead of copying the element and Lit.
import './core.js';

export { selectFriend, selectFriends } from '../api/select-friends.js';
