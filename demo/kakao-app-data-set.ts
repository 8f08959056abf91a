// The "Your Kakao app" data set: real friends from Kakao with the user's own JavaScript key and/or
// access token. Offline until the user acts: nothing is requested until they press "Load Kakao
// SDK" (one script from Kakao's CDN) or use a token (requests to kapi.kakao.com).
//
// The key and the token live in this module's variables only: never in storage, the URL, a form
// submission (the fields have no `name`), the event log or the console. The token field is
// cleared once its value is taken; reloading the page forgets both.
import {
  DEFAULT_KAKAO_API_URL,
  KakaoRestFriendSource,
  KakaoSdkFriendSource,
  PickerError,
} from '../src/index.js';
import type { FriendDataSource, KakaoSdk } from '../src/index.js';
import { byId } from './context.js';
import type { PlaygroundContext } from './context.js';
import { registerDataSet } from './data-sets.js';
import { redact, rememberSecret } from './secrets.js';

export const KAKAO_APP_DATA_SET_ID = 'kakao-app';

/** Kakao JS SDK v2, as Kakao's download page gives it (version and its SRI hash go together). */
export const KAKAO_SDK_VERSION = '2.7.4';
export const KAKAO_SDK_URL = `https://t1.kakaocdn.net/kakao_js_sdk/${KAKAO_SDK_VERSION}/kakao.min.js`;
const KAKAO_SDK_INTEGRITY =
  'sha384-DKYJZ8NLiK8MN4/C5P2dtSmLQ4KwPaoqAfyA/DfmEc1VDxu4yyC7wy6K1Hs90nka';

/** The parts of `window.Kakao` (JS SDK v2) the playground uses beyond what the source needs. */
interface KakaoGlobal extends KakaoSdk {
  init?(javascriptKey: string): void;
  cleanup?(): void;
  isInitialized?(): boolean;
  Auth?: {
    setAccessToken?(token: string | null): void;
    getAccessToken?(): string | null;
    authorize?: (settings: { redirectUri?: string; scope?: string }) => void;
  };
}

function kakaoGlobal(): KakaoGlobal | undefined {
  const kakao = (globalThis as { Kakao?: KakaoGlobal }).Kakao;
  return typeof kakao?.API?.request === 'function' ? kakao : undefined;
}

/** A source that makes no request and says what is missing (the picker shows its error state). */
function notConnected(message: string): FriendDataSource {
  return {
    getFriends: () => Promise.reject(new PickerError('unauthorized', message)),
  };
}

export function setupKakaoAppDataSet(ctx: PlaygroundContext): void {
  const keyField = byId<HTMLInputElement>('kakao-js-key');
  const tokenField = byId<HTMLInputElement>('kakao-access-token');
  const useButton = byId<HTMLButtonElement>('kakao-use');
  const forgetButton = byId<HTMLButtonElement>('kakao-forget');
  const sdkButton = byId<HTMLButtonElement>('kakao-load-sdk');
  const status = byId<HTMLParagraphElement>('kakao-app-status');

  // In memory only.
  let javascriptKey = '';
  let accessToken = '';
  /** The key `Kakao.init()` was called with by this page. */
  let initializedWith: string | undefined;
  let sdkLoading = false;

  function showStatus(): void {
    const kakao = kakaoGlobal();
    const token = accessToken === '' ? 'no access token' : 'an access token (in memory)';
    const key = javascriptKey === '' ? 'no JavaScript key' : 'a JavaScript key';
    status.textContent =
      kakao === undefined
        ? `Kakao SDK not loaded: KakaoRestFriendSource → ${DEFAULT_KAKAO_API_URL}, with ${token}.`
        : `Kakao SDK ${KAKAO_SDK_VERSION} loaded${kakao.isInitialized?.() === true ? ' and initialised' : ''}: KakaoSdkFriendSource (Kakao.API.request), with ${key} and ${token}.`;
    tokenField.placeholder = accessToken === '' ? '' : 'Set: type a new one to replace it';
    forgetButton.disabled = accessToken === '' && javascriptKey === '';
    sdkButton.disabled = kakao !== undefined || sdkLoading;
  }

  function sdkSource(kakao: KakaoGlobal): FriendDataSource {
    if (javascriptKey !== '' && initializedWith !== javascriptKey) {
      try {
        if (kakao.isInitialized?.() === true) kakao.cleanup?.();
        kakao.init?.(javascriptKey);
        initializedWith = javascriptKey;
      } catch (error) {
        return notConnected(`Kakao.init() failed: ${redact(String(error))}`);
      }
    }
    if (kakao.isInitialized?.() === false) {
      return notConnected(
        'Not connected: enter your app’s JavaScript key (Kakao.init needs it) and press “Use”.',
      );
    }
    if (accessToken !== '') kakao.Auth?.setAccessToken?.(accessToken);
    if (!kakao.Auth?.getAccessToken?.()) {
      return notConnected(
        'Not connected: paste an access token with the friends scope and press “Use” (Kakao.Auth.setAccessToken).',
      );
    }
    return new KakaoSdkFriendSource(kakao);
  }

  function createSource(): FriendDataSource {
    showStatus();
    const kakao = kakaoGlobal();
    if (kakao !== undefined) return sdkSource(kakao);
    if (accessToken === '') {
      return notConnected(
        'Not connected: paste an access token with the friends scope and press “Use”. No request was made.',
      );
    }
    // A function, so "Forget" takes effect even for a source the picker still holds.
    return new KakaoRestFriendSource({
      accessToken: () => accessToken,
      baseUrl: DEFAULT_KAKAO_API_URL,
    });
  }

  useButton.addEventListener('click', () => {
    const key = keyField.value.trim();
    const token = tokenField.value.trim();
    if (key !== '') {
      javascriptKey = key;
      rememberSecret(key);
    }
    if (token !== '') {
      accessToken = token;
      rememberSecret(token);
    }
    // The token leaves the DOM at once; the key (public by design) stays visible for editing.
    tokenField.value = '';
    ctx.log.add('method', 'Your Kakao app', 'credentials set (kept in memory only)');
    showStatus();
    void ctx.recreateSource();
  });

  // Enter in either field means "Use" (the playground's form never submits).
  for (const field of [keyField, tokenField]) {
    field.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        useButton.click();
      }
    });
  }

  forgetButton.addEventListener('click', () => {
    javascriptKey = '';
    accessToken = '';
    keyField.value = '';
    tokenField.value = '';
    const kakao = kakaoGlobal();
    try {
      kakao?.Auth?.setAccessToken?.(null);
    } catch {
      // an SDK without a way to clear it: reloading the page does
    }
    ctx.log.add('method', 'Your Kakao app', 'credentials forgotten');
    showStatus();
    void ctx.recreateSource();
  });

  sdkButton.addEventListener('click', () => {
    if (kakaoGlobal() !== undefined || sdkLoading) return;
    sdkLoading = true;
    showStatus();
    ctx.log.add('method', 'Load Kakao SDK', `network request: GET ${KAKAO_SDK_URL}`);
    const script = document.createElement('script');
    script.src = KAKAO_SDK_URL;
    script.integrity = KAKAO_SDK_INTEGRITY;
    script.crossOrigin = 'anonymous';
    script.referrerPolicy = 'no-referrer';
    script.addEventListener('load', () => {
      sdkLoading = false;
      ctx.log.add('method', 'Load Kakao SDK', 'loaded');
      showStatus();
      if (ctx.activeDataSet() === KAKAO_APP_DATA_SET_ID) void ctx.recreateSource();
    });
    script.addEventListener('error', () => {
      sdkLoading = false;
      script.remove();
      ctx.log.add(
        'method',
        'Load Kakao SDK',
        'failed (offline, blocked, or the integrity check failed)',
      );
      status.textContent = `Could not load ${KAKAO_SDK_URL}: offline, blocked, or the integrity check failed.`;
      sdkButton.disabled = false;
    });
    document.head.append(script);
  });

  showStatus();

  registerDataSet({
    id: KAKAO_APP_DATA_SET_ID,
    label: 'Your Kakao app (real friends)',
    description:
      'Your own JavaScript key and/or access token, kept in memory only. Makes no request until you load the SDK or use a token.',
    panel: 'kakao-app-panel',
    createSource,
    activate: showStatus,
    consentAction(requiredScopes) {
      const kakao = kakaoGlobal();
      const authorize = kakao?.Auth?.authorize;
      if (kakao === undefined || authorize === undefined) return undefined;
      return {
        label: 'Ask for consent (Kakao.Auth.authorize)',
        hint: 'Leaves this page for Kakao’s consent screen and comes back to this address, which must be a Redirect URI of your app; your server then exchanges the code for a new token. The token typed here is forgotten on the way (it lived in memory only).',
        run: () => {
          authorize.call(kakao.Auth, {
            redirectUri: `${location.origin}${location.pathname}`,
            scope: requiredScopes.join(','),
          });
        },
      };
    },
  });
}
