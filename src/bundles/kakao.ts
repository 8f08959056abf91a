// Entry of dist/kakao.bundle.js: the Kakao REST API and Kakao JS SDK sources. It imports the core
// bundle rather than copies of what it shares with it (Lit, the element, PickerError), so loading
// it alone also registers the element.
import './core.js';

export {
  KakaoRestFriendSource,
  DEFAULT_KAKAO_API_URL,
  type AccessTokenProvider,
  type KakaoRestFriendSourceOptions,
} from '../data/kakao-rest-source.js';
export {
  KakaoSdkFriendSource,
  type KakaoSdk,
  type KakaoSdkFriendSourceOptions,
} from '../data/kakao-sdk-source.js';
