import { createApp } from 'vue';
import 'relations-map';
import App from './App.vue';

createApp(App).mount('#app');
