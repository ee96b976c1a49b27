import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { auditLogRoute } from './routes/audit-log';
import { authedRoute } from './routes/authed-layout';
import { definitionsRoute } from './routes/definitions';
import { instanceDetailRoute } from './routes/instance-detail';
import { instancesRoute } from './routes/instances';
import { loginRoute } from './routes/login';
import { processTokensRoute } from './routes/process-tokens';
import { reviewQueueRoute } from './routes/review-queue';
import { rootRoute } from './routes/root';
import { screeningRoute } from './routes/screening';
import { usersRoute } from './routes/users';

const routeTree = rootRoute.addChildren([
  loginRoute,
  authedRoute.addChildren([instancesRoute, instanceDetailRoute, reviewQueueRoute, definitionsRoute, processTokensRoute, screeningRoute, auditLogRoute, usersRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, context: { queryClient }, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
