import 'kakao-friend-picker';

// The bare tag in JSX knows its attribute values.
export const wrong = <kakao-friend-picker view-type="sideways" />;
