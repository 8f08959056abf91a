import { useState } from 'react';
import { ArrayFriendSource } from 'kakao-friend-picker';
import { KakaoFriendPicker } from 'kakao-friend-picker/react';

// Create the data source once: a new object on every render would reload the friends.
const friends = new ArrayFriendSource([
  { uuid: 'abc', profile_nickname: '김철수' },
  { uuid: 'def', profile_nickname: '홍길동' },
]);

export function Recipients() {
  const [uuids, setUuids] = useState<string[]>([]);
  return (
    <>
      <KakaoFriendPicker
        viewType="inline"
        heading="받는 사람"
        maxPickableCount={5}
        dataSource={friends}
        onKfpConfirm={(event) => setUuids(event.detail.uuids)}
      />
      <output>{uuids.join(', ')}</output>
    </>
  );
}
