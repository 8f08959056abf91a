import { ArrayFriendSource } from 'kakao-friend-picker';

const picker = document.querySelector('kakao-friend-picker')!;
const picked = document.querySelector('#picked')!;
const sendTo = document.querySelector('#send-to')!;

picker.dataSource = new ArrayFriendSource([
  { uuid: 'abc', profile_nickname: '김철수' },
  { uuid: 'def', profile_nickname: '홍길동' },
  { uuid: 'ghi', profile_nickname: 'Bob' },
]);
// `change` fires on every pick and unpick, like a native form control's.
picker.addEventListener('change', () => {
  picked.textContent = picker.value.join(', ');
});
// The kfp-* events are typed wherever they bubble to.
document.addEventListener('kfp-confirm', (event) => {
  sendTo.textContent = event.detail.uuids.join(', ');
});
document.querySelector('#open')!.addEventListener('click', () => void picker.show());
document.querySelector('#clear')!.addEventListener('click', () => {
  picker.value = [];
  picked.textContent = '';
});
