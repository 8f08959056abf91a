import 'kakao-friend-picker';

// Event handler props get the event's detail type.
export const wrong = (
  <kakao-friend-picker onkfp-confirm={(event) => console.log(event.detail.uuidz)} />
);
