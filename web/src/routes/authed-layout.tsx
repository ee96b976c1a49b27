import { AppShell, Badge, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, createRoute, redirect, useNavigate, useRouterState } from '@tanstack/react-router';
import { sessionQuery, useSignOut } from '../api/session';
import { rootRoute } from './root';

const LINKS = [
  { to: '/', label: 'Process instances', exact: true },
  { to: '/review-queue', label: 'Review queue' },
  { to: '/definitions', label: 'Process definitions' },
  { to: '/process-tokens', label: 'Process tokens' },
  { to: '/screening', label: 'Screening' },
  { to: '/audit-log', label: 'Audit log' },
] as const;

function AuthedLayout() {
  const { data: session } = useQuery(sessionQuery);
  const signOut = useSignOut();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const isActive = (to: string, exact?: boolean) => (exact ? pathname === to || pathname.startsWith('/process-instances') : pathname.startsWith(to));
  const links = session?.user.role === 'admin' ? [...LINKS, { to: '/users', label: 'Users and API keys' } as const] : LINKS;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm' }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={2} size="h4">
              idflow
            </Title>
            <Text c="dimmed" size="sm">
              {session?.user.tenantName}
            </Text>
          </Group>
          <Group gap="sm">
            <Text size="sm">{session?.user.username}</Text>
            <Badge variant="outline" color="gray.7">
              {session?.user.role}
            </Badge>
            <Button variant="default" size="xs" loading={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/login', search: {} }) })}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <Stack gap={2}>
          {links.map((link) => (
            <NavLink key={link.to} component={Link} to={link.to} label={link.label} active={isActive(link.to, 'exact' in link ? link.exact : false)} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** Every page but the sign-in page: without a session, the browser goes to /login and comes back after. */
export const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authed',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { session };
  },
  component: AuthedLayout,
});
