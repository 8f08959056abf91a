import { createApp } from 'vue';
import 'kakao-friend-picker';
import Recipients from './Recipients.vue';

createApp(Recipients).mount('#app');
