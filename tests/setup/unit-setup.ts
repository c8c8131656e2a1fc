// Component tests run in happy-dom (per file: `// @vitest-environment happy-dom`); IndexedDB comes from
// fake-indexeddb, since neither DOM implementation has one.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
