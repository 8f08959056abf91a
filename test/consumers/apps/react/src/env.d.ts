/// <reference types="kakao-friend-picker/types/react" />
