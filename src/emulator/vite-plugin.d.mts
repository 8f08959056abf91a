import type { Plugin } from 'vite';
import type { KakaoEmulatorOptions } from './kakao-api-emulator.mjs';

/** Serves the Kakao API emulator under /kakao-emulator from Vite's dev and preview servers. */
export declare function kakaoEmulatorPlugin(options?: KakaoEmulatorOptions): Plugin;
