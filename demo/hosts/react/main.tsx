import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// A host writes `import 'users-widget'` (defines the elements: do it before the first render, so
// React finds their properties) and `import type {} from 'users-widget/react'` (the JSX types).
import '../../../src/index.js';
import type {} from 'users-widget/react';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
