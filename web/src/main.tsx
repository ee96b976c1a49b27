import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { Alert, Badge, MantineProvider, Modal, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/client';
import { sessionQuery } from './api/session';
import { createAppRouter } from './router';

// Shade 8 and a darker "dimmed" keep every text at WCAG AA contrast (axe runs on every page in the tests).
const theme = createTheme({ primaryColor: 'indigo', primaryShade: 8, defaultRadius: 'sm', respectReducedMotion: true, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    // A light alert's coloured title is below AA contrast: titles take the text colour, the colour stays in the frame.
    // A status label is never cut to "ACCEP…" in a narrow column.
    Badge: Badge.extend({ styles: { root: { maxWidth: 'none', flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } }),
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});
const cssVariables: CSSVariablesResolver = (t) => ({ variables: {}, light: { '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057' }, dark: {} });

/** A session that ended while the page was open (idle timeout, revoked): back to the sign-in page, then here again. */
function toSignInWhenSessionEnded(err: Error) {
  if (!(err instanceof ApiError && err.status === 401 && err.code === 'UNAUTHENTICATED')) return;
  if (window.location.pathname === '/login') return;
  queryClient.setQueryData(sessionQuery.queryKey, null);
  void router.navigate({ to: '/login', search: { redirect: window.location.pathname + window.location.search } });
}

const queryClient: QueryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 5_000, refetchOnWindowFocus: false, retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2 },
  },
  queryCache: new QueryCache({ onError: toSignInWhenSessionEnded }),
  mutationCache: new MutationCache({ onError: toSignInWhenSessionEnded }),
});

const router = createAppRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
