// `import type { AppRouter } from '../../server/router.ts'` makes TypeScript check the server's
// sources inside this browser project, and they use Node's types. Only types: client code still
// cannot reach Node at run time (lint forbids value imports from server/, Vite bundles no Node).
/// <reference types="node" />
