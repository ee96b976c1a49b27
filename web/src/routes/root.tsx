import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import type { QueryClient } from '@tanstack/react-query';
import { Link, Outlet, createRootRouteWithContext } from '@tanstack/react-router';

function NotFound() {
  return (
    <Center h="60vh">
      <Stack align="center" gap="xs">
        <Title order={1}>Page not found</Title>
        <Text c="dimmed">This address is not a page of the back office.</Text>
        <Anchor component={Link} to="/">
          Go to Process instances
        </Anchor>
      </Stack>
    </Center>
  );
}

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});
