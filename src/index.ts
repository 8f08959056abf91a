// The package's "." entry: everything `./component` exports, and `<kakao-friend-picker>`
// registered on import.
import { registerKakaoFriendPicker } from './register.js';

export * from './component.js';

registerKakaoFriendPicker();
