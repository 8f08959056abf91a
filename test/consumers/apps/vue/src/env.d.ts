/// <reference types="vite/client" />
/// <reference types="kakao-friend-picker/types/vue" />
