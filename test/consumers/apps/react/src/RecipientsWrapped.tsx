import { useRef, useState } from 'react';
import { ArrayFriendSource } from 'kakao-friend-picker';
import { KakaoFriendPicker, type KakaoFriendPickerElement } from 'kakao-friend-picker/react';

// Create the data source once: a new object on every render would reload the friends.
const friends = new ArrayFriendSource([
  { uuid: 'abc', profile_nickname: '김철수' },
  { uuid: 'def', profile_nickname: '홍길동' },
  { uuid: 'ghi', profile_nickname: 'Bob' },
]);

export function Recipients() {
  const picker = useRef<KakaoFriendPickerElement>(null);
  const [uuids, setUuids] = useState<string[]>([]);
  const [sendTo, setSendTo] = useState<string[]>([]);
  return (
    <>
      <button onClick={() => picker.current?.show()}>Choose friends</button>
      <button onClick={() => setUuids([])}>Clear</button>
      <KakaoFriendPicker
        ref={picker}
        viewType="popup"
        maxPickableCount={5}
        dataSource={friends}
        value={uuids}
        onKfpChange={(event) => setUuids(event.detail.uuids)}
        onKfpConfirm={(event) => setSendTo(event.detail.uuids)}
      />
      <p>Picked: {uuids.join(', ')}</p>
      <p>Send to: {sendTo.join(', ')}</p>
    </>
  );
}
