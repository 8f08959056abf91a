// The playground's "Customising" controls (README, "Customising"): recent recipients from this
// page's own send history, friends already invited, a custom empty slot, a row renderer with a
// status line, Korean string overrides and a veto on closing.
import { html } from 'lit';
import type { Friend, KakaoFriendPicker } from '../src/index.js';
import { byId } from './context.js';
import { sampleFriends } from './data/sample-friends.js';

/** Whom "the app" messaged, most recent first: seeded, then every confirm is put on top. */
const sendHistory: string[] = [
  sampleFriends[4]!.uuid,
  sampleFriends[1]!.uuid,
  sampleFriends[7]!.uuid,
];

function hash(text: string): number {
  let value = 7;
  for (let i = 0; i < text.length; i++) value = (value * 31 + text.charCodeAt(i)) >>> 0;
  return value;
}

const STATUS: Record<string, readonly string[]> = {
  ko: ['지금 활동 중', '1시간 전 활동', '어제 활동', '상태 메시지 없음'],
  ja: ['オンライン', '1時間前にアクティブ', '昨日アクティブ', 'ステータスなし'],
  en: ['Active now', 'Active 1 h ago', 'Active yesterday', 'No status'],
};

const INVITED: Record<string, string> = {
  ko: '이미 초대됨',
  ja: '招待済み',
  en: 'Already invited',
};

function languageOf(picker: KakaoFriendPicker): string {
  const lang = (picker.closest('[lang]')?.getAttribute('lang') ?? navigator.language).slice(0, 2);
  return lang in INVITED ? lang : 'en';
}

export function setupCustomisation(picker: KakaoFriendPicker): void {
  const toggle = (id: string, apply: (checked: boolean) => void): void => {
    const input = byId<HTMLInputElement>(id);
    input.addEventListener('change', () => apply(input.checked));
    apply(input.checked);
  };

  toggle('recent', (checked) => {
    picker.recentUuids = checked ? sendHistory.slice(0, 5) : [];
  });
  picker.addEventListener('kfp-confirm', (event) => {
    for (const uuid of [...event.detail.uuids].reverse()) {
      const at = sendHistory.indexOf(uuid);
      if (at >= 0) sendHistory.splice(at, 1);
      sendHistory.unshift(uuid);
    }
    if (byId<HTMLInputElement>('recent').checked) picker.recentUuids = sendHistory.slice(0, 5);
  });

  toggle('invited', (checked) => {
    picker.isFriendDisabled = checked
      ? (friend: Friend) => (hash(friend.uuid) % 4 === 0 ? INVITED[languageOf(picker)]! : false)
      : undefined;
  });

  const empty = byId<HTMLDivElement>('custom-empty');
  toggle('empty-slot', (checked) => {
    if (checked) picker.append(empty);
    else empty.remove();
    empty.hidden = !checked;
  });

  toggle('row-renderer', (checked) => {
    picker.renderFriend = checked
      ? (friend, state) => {
          const lines = STATUS[languageOf(picker)]!;
          const status = state.reason ?? lines[hash(friend.uuid) % lines.length];
          // Inside the picker's shadow root: the page styles it through a part.
          return html`<span>${state.highlightedName}</span
            ><small part="demo-status">${status}</small>`;
        }
      : undefined;
  });

  toggle('korean-strings', (checked) => {
    picker.strings = checked
      ? {
          heading: '메시지 받을 친구',
          searchPlaceholder: '친구 이름으로 찾기',
          confirm: '보내기',
          sectionRecent: '최근 보낸 친구',
          counter: '{max}명 중 {count}명 골랐어요',
          maxReached: '한 번에 {max}명까지 보낼 수 있어요.',
          noResults: '그런 이름의 친구가 없어요',
        }
      : undefined;
  });

  const veto = byId<HTMLInputElement>('veto-close');
  picker.addEventListener('kfp-request-close', (event) => {
    if (!veto.checked || picker.value.length === 0) return;
    if (!confirm(`Discard ${picker.value.length} picked friend(s)?`)) event.preventDefault();
  });
}
