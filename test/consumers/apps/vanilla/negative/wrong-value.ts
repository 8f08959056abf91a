import 'kakao-friend-picker';

const picker = document.querySelector('kakao-friend-picker')!;
// `value` holds uuids, not a string.
picker.value = 'abc';
