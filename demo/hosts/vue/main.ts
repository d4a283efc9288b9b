import { createApp } from 'vue';
// A host writes `import 'users-widget'` (defines the elements) and
// `import type {} from 'users-widget/vue'` (the template types for vue-tsc).
import '../../../src/index.js';
import type {} from 'users-widget/vue';
import App from './App.vue';

createApp(App).mount('#app');
