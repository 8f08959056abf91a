import { PickerError } from '../errors.js';
import type { FriendDataSource, FriendsPage, FriendsQuery, TalkProfile } from '../types.js';
import { raceAbort } from './abort.js';
import { isKakaoErrorBody, kakaoError } from './kakao-error-mapping.js';
import {
  copyPage,
  copyProfile,
  normalizeQuery,
  pageKey,
  parseFriendsBody,
  parseProfileBody,
} from './kakao-response.js';
import { PageCache, type LoadOptions } from './page-cache.js';
import {
  resolveRetryOptions,
  withRetry,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './retry.js';

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

/** The SDK's current token, when it tells (never sent anywhere by this source). */
function tokenOf(kakao: KakaoSdk): string | undefined {
  try {
    const token: unknown = kakao.Auth?.getAccessToken?.();
    return typeof token === 'string' && token !== '' ? token : undefined;
  } catch {
    return undefined;
  }
}

/** Options of {@link KakaoSdkFriendSource}. */
export interface KakaoSdkFriendSourceOptions {
  /** Retries of `server`, `network` and `maintenance` failures. */
  retry?: RetryOptions;
  /** How long pages stay cached. Default 10 minutes. */
  cacheTtlMs?: number;
}

function globalKakao(): KakaoSdk | undefined {
  return (globalThis as { Kakao?: KakaoSdk }).Kakao;
}

/**
 * Turns whatever the SDK rejected with into a `PickerError`: Kakao-shaped `{ code, msg, ... }`
 * errors by their code; a `TypeError` (a failed request) is `network`; anything else `server`.
 */
function sdkError(error: unknown, secret: string | undefined): PickerError {
  if (error instanceof PickerError) return error;
  if (isKakaoErrorBody(error)) return kakaoError(error, secret === undefined ? {} : { secret });
  if (error instanceof TypeError) {
    return new PickerError('network', 'The Kakao SDK request failed.', { cause: error });
  }
  return new PickerError('server', 'The Kakao SDK request failed.', { cause: error });
}

/**
 * Friends through an initialised Kakao JS SDK v2 (`Kakao.API.request`), with the same paging
 * rules, validation, error codes, retries and 10-minute cache as {@link KakaoRestFriendSource}.
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
export class KakaoSdkFriendSource implements FriendDataSource {
  private readonly kakao: KakaoSdk | undefined;
  private readonly retry: ResolvedRetryOptions;
  private readonly pages: PageCache<FriendsPage>;
  private readonly profiles: PageCache<TalkProfile>;

  /** @param kakao the SDK object; defaults to `globalThis.Kakao`, looked up on each call if absent now. */
  constructor(
    kakao: KakaoSdk | undefined = globalKakao(),
    options: KakaoSdkFriendSourceOptions = {},
  ) {
    this.kakao = kakao;
    this.retry = resolveRetryOptions(options.retry);
    this.pages = new PageCache({ ttlMs: options.cacheTtlMs });
    this.profiles = new PageCache({ ttlMs: options.cacheTtlMs });
  }

  async getFriends(query: FriendsQuery, options: LoadOptions): Promise<FriendsPage> {
    const q = normalizeQuery(query);
    const data = { offset: q.offset, limit: q.limit, order: q.order, friend_order: q.friendOrder };
    const page = await this.pages.get(
      pageKey(q),
      (signal) =>
        withRetry(
          async (attempt) =>
            parseFriendsBody(await this.request({ url: '/v1/api/talk/friends', data }, attempt)),
          signal,
          this.retry,
        ),
      options,
    );
    return copyPage(page);
  }

  async getProfile(options: LoadOptions): Promise<TalkProfile | null> {
    const profile = await this.profiles.get(
      'profile',
      (signal) =>
        withRetry(
          async (attempt) =>
            parseProfileBody(await this.request({ url: '/v1/api/talk/profile' }, attempt)),
          signal,
          this.retry,
        ),
      options,
    );
    return copyProfile(profile);
  }

  private sdk(): KakaoSdk {
    const kakao = this.kakao ?? globalKakao();
    if (typeof kakao?.API?.request !== 'function') {
      throw new PickerError(
        'invalid-options',
        'KakaoSdkFriendSource: the Kakao JS SDK is not loaded (no Kakao.API.request).',
      );
    }
    if (typeof kakao.isInitialized === 'function' && !kakao.isInitialized()) {
      throw new PickerError(
        'invalid-options',
        'KakaoSdkFriendSource: call Kakao.init(yourJavaScriptKey) before loading friends.',
      );
    }
    return kakao;
  }

  private async request(settings: KakaoApiRequestSettings, signal: AbortSignal): Promise<unknown> {
    const kakao = this.sdk();
    try {
      // Called as a method (the SDK may rely on `this`), and synchronously: the picker asks for
      // the next pages right after adding one, and its re-render must not hold them back.
      return await raceAbort(Promise.resolve(kakao.API.request(settings)), signal);
    } catch (error) {
      if (signal.aborted) throw error;
      throw sdkError(error, tokenOf(kakao));
    }
  }
}
