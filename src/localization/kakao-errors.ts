// A chunk of its own, loaded with the first error whose message is here (see locales.ts): the
// errors only a Kakao answer (or a source's own `PickerError`) brings. The network and generic
// messages stay in messages.ts, so an error still reads right when this chunk cannot load.
import type { MsgFn } from '@lit/localize';
import { templates as ko } from '../generated/locales/ko-kakao-errors.js';
import type { PickerErrorCode } from '../types.js';

/** The translations of these messages for the languages whose other strings are in the core. */
export const translations = { ko };

/** The message of an error that only a Kakao answer brings; `undefined` for any other code. */
export function kakaoErrorMessage(msg: MsgFn, code: PickerErrorCode): string | undefined {
  switch (code) {
    case 'unauthorized':
      return msg('Your Kakao login has expired. Please log in again.', {
        id: 'kfp.kakao-error.unauthorized',
      });
    case 'consent-required':
      return msg('Permission to see your Kakao Talk friends is needed.', {
        id: 'kfp.kakao-error.consent-required',
      });
    case 'permission-denied':
      return msg('This app is not allowed to read the friends list.', {
        id: 'kfp.kakao-error.permission-denied',
      });
    case 'quota-exceeded':
      return msg('Too many requests right now. Please try again later.', {
        id: 'kfp.kakao-error.quota-exceeded',
      });
    case 'not-talk-user':
      return msg('This account does not use Kakao Talk.', { id: 'kfp.kakao-error.not-talk-user' });
    case 'maintenance':
      return msg('Kakao is under maintenance. Please try again later.', {
        id: 'kfp.kakao-error.maintenance',
      });
  }
  return undefined;
}
