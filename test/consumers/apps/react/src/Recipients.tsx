import { useRef, useState } from 'react';
import { ArrayFriendSource, type KakaoFriendPicker } from 'kakao-friend-picker';

// Create the data source once: a new object on every render would reload the friends.
const friends = new ArrayFriendSource([
  { uuid: 'abc', profile_nickname: '김철수' },
  { uuid: 'def', profile_nickname: '홍길동' },
  { uuid: 'ghi', profile_nickname: 'Bob' },
]);

export function Recipients() {
  const picker = useRef<KakaoFriendPicker>(null);
  const [uuids, setUuids] = useState<string[]>([]);
  const [sendTo, setSendTo] = useState<string[]>([]);
  return (
    <>
      <button onClick={() => picker.current?.show()}>Choose friends</button>
      <button onClick={() => setUuids([])}>Clear</button>
      <kakao-friend-picker
        ref={picker}
        view-type="popup"
        max-pickable-count={5}
        dataSource={friends}
        value={uuids}
        onChange={(event) => setUuids(event.currentTarget.value)}
        onkfp-confirm={(event) => setSendTo(event.detail.uuids)}
      />
      <p>Picked: {uuids.join(', ')}</p>
      <p>Send to: {sendTo.join(', ')}</p>
    </>
  );
}
