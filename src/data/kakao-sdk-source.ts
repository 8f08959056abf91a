import { PickerError } from '../errors.js';
import { kakaoError } from './kakao-error-mapping.js';
import { KakaoSource, type KakaoSourceOptions } from './kakao-source.js';

/** What `Kakao.API.request()` takes (only the part this source uses). */
export interface KakaoApiRequestSettings {
  url: string;
  data?: Record<string, string | number>;
}

/** The part of the Kakao JS SDK v2 (`window.Kakao`) this source needs. */
export interface KakaoSdk {
  API: { request(settings: KakaoApiRequestSettings): Promise<unknown> };
  isInitialized?(): boolean;
  /** The SDK's token, only so that an error echoing it can be redacted. */
  Auth?: { getAccessToken?(): string | null };
}

/** Options of {@link KakaoSdkFriendSource}: retries and how long pages stay cached. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a public name of its own
export interface KakaoSdkFriendSourceOptions extends KakaoSourceOptions {}

function globalKakao(): KakaoSdk | undefined {
  return (globalThis as { Kakao?: KakaoSdk }).Kakao;
}

/**
 * Friends through an initialised Kakao JS SDK v2 (`Kakao.API.request`), with the same paging
 * rules, validation, error codes, retries and 10-minute cache as {@link KakaoRestFriendSource}.
 * Kakao-shaped rejections (`{ code, msg, ... }`) map by their code; a `TypeError` (a failed
 * request) is `network`; anything else `server` (see kakao-error-mapping.ts).
 *
 * When loading fails with `consent-required`, ask the user for the `friends` scope and reload:
 *
 * ```js
 * picker.addEventListener('kfp-error', (event) => {
 *   if (event.detail.code === 'consent-required') {
 *     Kakao.Auth.authorize({ redirectUri, scope: event.detail.requiredScopes.join(',') });
 *   }
 * });
 * ```
 *
 * The SDK cannot cancel a request: on abort the returned promise rejects at once with the
 * signal's reason and the late answer is ignored.
 */
export class KakaoSdkFriendSource extends KakaoSource {
  /** @param kakao the SDK object; defaults to `globalThis.Kakao`, looked up on each call if absent now. */
  constructor(
    kakao: KakaoSdk | undefined = globalKakao(),
    options: KakaoSdkFriendSourceOptions = {},
  ) {
    super(async (url, data) => {
      const sdk = kakao ?? globalKakao();
      if (
        typeof sdk?.API?.request !== 'function' ||
        (typeof sdk.isInitialized === 'function' && !sdk.isInitialized())
      ) {
        throw new PickerError(
          'invalid-options',
          'KakaoSdkFriendSource: load the Kakao JS SDK (Kakao.API.request) and call ' +
            'Kakao.init(yourJavaScriptKey) first.',
        );
      }
      try {
        // Called as a method (the SDK may rely on `this`), and at once: the picker asks for the
        // next pages right after adding one, and its re-render must not hold them back. The SDK
        // cannot cancel it: callers that leave get their rejection from the load cache, and the
        // late answer is dropped.
        return await sdk.API.request(data ? { url, data } : { url });
      } catch (error) {
        let secret: unknown;
        try {
          // The SDK's token, never sent anywhere by this source: only cut out of the message.
          secret = sdk.Auth?.getAccessToken?.();
        } catch {
          // No token to hide.
        }
        throw kakaoError(error, undefined, secret);
      }
    }, options);
  }
}
