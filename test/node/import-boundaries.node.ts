/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { layerImports } from '../../scripts/lint/import-boundaries.js';

/**
 * The lint rule that keeps the layers apart (`users-widget/layer-imports`): `core` imports nothing of
 * the project, `i18n` only `core`, components never an adapter implementation. `npm run lint`
 * applies it to src/; these cases hold the rule itself to the table in scripts/lint/.
 */

RuleTester.describe = describe;
RuleTester.it = it;

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('layer-imports', layerImports, {
  valid: [
    {
      filename: src('core/permissions.ts'),
      code: "import { roleRank } from './roles.js'; import { z } from 'zod/mini';",
    },
    { filename: src('i18n/error-message.ts'), code: "import type { UsersError } from '../core/index.js';" },
    { filename: src('i18n/catalogs/de/errors.ts'), code: "import { plural } from '../../plural.js';" },
    { filename: src('i18n/index.ts'), code: "const de = () => import('./catalogs/de/index.js');" },
    {
      filename: src('components/user-list/user-list.ts'),
      code: "import type { UsersAdapter } from '../../adapters/users-adapter.js'; import { baseStyles } from '../../styles/base.js';",
    },
    { filename: src('state/load-task.ts'), code: "import type { UsersAdapter } from '../adapters/users-adapter.js';" },
    {
      filename: src('adapters/gcore/gcore-adapter.ts'),
      code: "import { UserCollection } from '../shared/user-query.js';",
    },
    { filename: src('testing.ts'), code: "export { MemoryAdapter } from './adapters/memory/index.js';" },
  ],
  invalid: [
    {
      filename: src('core/roles.ts'),
      code: "import { t } from '../i18n/index.js';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: src('i18n/error-message.ts'),
      code: "import type { UsersAdapter } from '../adapters/users-adapter.js';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: src('i18n/catalogs/en/errors.ts'),
      code: "import { LoadTask } from '../../../state/load-task.js';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: src('components/user-list/user-list.ts'),
      code: "import { MemoryAdapter } from '../../adapters/memory/index.js';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: src('components/internal/users-element.ts'),
      code: "export { GcoreIamAdapter } from '../../adapters/gcore/index.js';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: src('state/session-controller.ts'),
      code: "import { SearchIndex } from '../adapters/shared/search-index.js';",
      errors: [{ messageId: 'forbidden' }],
    },
    {
      filename: src('adapters/gcore/gcore-adapter.ts'),
      code: "import { MemoryBackend } from '../memory/memory-backend.js';",
      errors: [{ messageId: 'forbidden' }],
    },
    { filename: src('stray/thing.ts'), code: "import '../core/index.js';", errors: [{ messageId: 'unknownLayer' }] },
  ],
});
