import { msg, str } from '@lit/localize';
import type { PickerErrorCode } from '../types.js';
import type { SectionId } from '../core/sections.js';

/**
 * Every user-visible string and accessible name of the picker, each a `msg()` with an explicit,
 * namespaced id. They are functions so each call reads the active locale.
 */
export const messages = {
  defaultHeading: () => msg('Select friends', { id: 'kfp.heading.default' }),
  close: () => msg('Close', { id: 'kfp.close' }),
  searchPlaceholder: () => msg('Search by name or nickname', { id: 'kfp.search.placeholder' }),
  clearSearch: () => msg('Clear search', { id: 'kfp.search.clear' }),
  confirm: () => msg('OK', { id: 'kfp.confirm' }),
  retry: () => msg('Retry', { id: 'kfp.retry' }),
  empty: () => msg('No friends to choose from.', { id: 'kfp.empty' }),
  noResults: () => msg('No results found', { id: 'kfp.search.no-results' }),
  loading: () => msg('Loading friends…', { id: 'kfp.loading' }),
  pickedLabel: () => msg('Selected friends', { id: 'kfp.picked.label' }),
  indexLabel: () => msg('Jump to', { id: 'kfp.index.label' }),
  me: () => msg('Me', { id: 'kfp.profile.me' }),
  unknownName: () => msg('(no name)', { id: 'kfp.friend.unnamed' }),
  remove: (name: string) => msg(str`Remove ${name}`, { id: 'kfp.picked.remove' }),
  counterLabel: (count: number, max: number) =>
    msg(str`${count} of ${max} selected`, { id: 'kfp.counter.label' }),
  maxReached: (max: number) =>
    msg(str`You can select up to ${max} friends at a time.`, { id: 'kfp.max.reached' }),
  minHint: (min: number) =>
    min === 1
      ? msg('Select at least 1 friend.', { id: 'kfp.min.hint.one' })
      : msg(str`Select at least ${min} friends.`, { id: 'kfp.min.hint.other' }),
  resultsAnnouncement: (count: number) =>
    count === 1
      ? msg('1 result', { id: 'kfp.search.results.one' })
      : msg(str`${count} results`, { id: 'kfp.search.results.other' }),
  loadedAnnouncement: (count: number) =>
    count === 1
      ? msg('1 friend', { id: 'kfp.loaded.one' })
      : msg(str`${count} friends`, { id: 'kfp.loaded.other' }),
  section: (section: SectionId, count: number): string => {
    switch (section) {
      case 'profile':
        return msg('My profile', { id: 'kfp.section.profile' });
      case 'favorites':
        return msg('Favorites', { id: 'kfp.section.favorites' });
      case 'friends':
        return msg('Friends', { id: 'kfp.section.friends' });
      case 'results':
        return msg(str`Search results (${count})`, { id: 'kfp.section.results' });
    }
  },
  error: (code: PickerErrorCode): string => {
    switch (code) {
      case 'unauthorized':
        return msg('Your Kakao login has expired. Please log in again.', {
          id: 'kfp.error.unauthorized',
        });
      case 'consent-required':
        return msg('Permission to see your Kakao Talk friends is needed.', {
          id: 'kfp.error.consent-required',
        });
      case 'permission-denied':
        return msg('This app is not allowed to read the friends list.', {
          id: 'kfp.error.permission-denied',
        });
      case 'quota-exceeded':
        return msg('Too many requests right now. Please try again later.', {
          id: 'kfp.error.quota-exceeded',
        });
      case 'not-talk-user':
        return msg('This account does not use Kakao Talk.', { id: 'kfp.error.not-talk-user' });
      case 'maintenance':
        return msg('Kakao is under maintenance. Please try again later.', {
          id: 'kfp.error.maintenance',
        });
      case 'network':
        return msg('Could not connect. Check your connection and try again.', {
          id: 'kfp.error.network',
        });
      default:
        return msg('Failed to load the friends list. Please try again later.', {
          id: 'kfp.error.generic',
        });
    }
  },
};
