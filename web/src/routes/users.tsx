import { Alert, Badge, Button, Code, Group, Modal, Paper, PasswordInput, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { createRoute, redirect } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { Role } from '../api/types';
import { useApiKeys, useCreateApiKey, useCreateUser, useRevokeApiKey, useUpdateUser, useUsers } from '../api/users';
import { Empty, LoadError, Loading } from '../components/query-states';
import { formatDateTime } from '../lib/format';
import { authedRoute } from './authed-layout';

const ROLES: Role[] = ['admin', 'reviewer', 'viewer'];

function CreateUserForm() {
  const create = useCreateUser();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ username, password, role }, { onSuccess: () => { setUsername(''); setPassword(''); } });
  };
  return (
    <form onSubmit={submit} aria-label="Create user">
      <Group align="flex-end" gap="xs">
        <TextInput label="New username" value={username} onChange={(e) => setUsername(e.currentTarget.value)} required />
        <PasswordInput label="Initial password" description="At least 12 characters" value={password} onChange={(e) => setPassword(e.currentTarget.value)} required w={220} />
        <Select label="Role" data={ROLES} value={role} onChange={(v) => setRole((v as Role | null) ?? 'reviewer')} allowDeselect={false} w={140} />
        <Button type="submit" loading={create.isPending}>Create user</Button>
      </Group>
      {create.error && <Text c="#c92a2a" size="sm" role="alert" mt="xs">{create.error.message}</Text>}
    </form>
  );
}

function UsersTable() {
  const users = useUsers();
  const update = useUpdateUser();
  if (users.isPending) return <Loading label="Loading users…" />;
  if (users.isError) return <LoadError what="Users" error={users.error} onRetry={() => void users.refetch()} />;
  if (users.data.users.length === 0) return <Empty title="No users" />;
  return (
    <>
      {update.error && <Text c="#c92a2a" size="sm" role="alert">{update.error.message}</Text>}
      <Table aria-label="Users" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Username</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
            <Table.Th>Enabled</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.data.users.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Td>{u.username}</Table.Td>
              <Table.Td>
                <Select aria-label={`Role of ${u.username}`} data={ROLES} value={u.role} onChange={(v) => v && update.mutate({ id: u.id, role: v as Role })} allowDeselect={false} w={130} size="xs" />
              </Table.Td>
              <Table.Td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : 'Never'}</Table.Td>
              <Table.Td>
                <Switch aria-label={`${u.username} enabled`} checked={!u.disabled} onChange={(e) => update.mutate({ id: u.id, disabled: !e.currentTarget.checked })} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

function ApiKeys() {
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [created, setCreated] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, role }, { onSuccess: (k) => { setCreated(k.key); setName(''); } });
  };
  return (
    <Stack gap="sm">
      <form onSubmit={submit} aria-label="Create API key">
        <Group align="flex-end" gap="xs">
          <TextInput label="Key name" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
          <Select label="Key role" data={ROLES} value={role} onChange={(v) => setRole((v as Role | null) ?? 'reviewer')} allowDeselect={false} w={140} />
          <Button type="submit" loading={create.isPending}>Create API key</Button>
        </Group>
        {create.error && <Text c="#c92a2a" size="sm" role="alert" mt="xs">{create.error.message}</Text>}
      </form>
      {keys.isPending ? (
        <Loading label="Loading API keys…" />
      ) : keys.isError ? (
        <LoadError what="API keys" error={keys.error} onRetry={() => void keys.refetch()} />
      ) : (
        <Table aria-label="API keys" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {keys.data.apiKeys.map((k) => (
              <Table.Tr key={k.id}>
                <Table.Td>{k.name}</Table.Td>
                <Table.Td>{k.role}</Table.Td>
                <Table.Td>{k.createdAt ? formatDateTime(k.createdAt) : '—'}</Table.Td>
                <Table.Td><Badge variant="outline" color={k.revokedAt ? 'gray.7' : '#1e7b34'}>{k.revokedAt ? 'revoked' : 'active'}</Badge></Table.Td>
                <Table.Td>
                  {!k.revokedAt && (
                    <Button size="compact-xs" variant="default" aria-label={`Revoke API key ${k.name}`} loading={revoke.isPending && revoke.variables === k.id} onClick={() => revoke.mutate(k.id)}>
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={created !== null} onClose={() => setCreated(null)} title="API key created" centered>
        <Stack>
          <Alert color="yellow">This is the only time the key is shown. Store it in your secrets manager now.</Alert>
          <Code block>{created}</Code>
          <Button onClick={() => setCreated(null)}>Done</Button>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Users who sign in to the back office and API keys for scripts (admin only). */
function UsersPage() {
  return (
    <Stack>
      <Title order={1} size="h2">Users and API keys</Title>
      <Paper withBorder p="md" component="section" aria-label="Users">
        <Title order={2} size="h4" mb="xs">Users</Title>
        <Stack>
          <CreateUserForm />
          <UsersTable />
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-label="API keys">
        <Title order={2} size="h4" mb="xs">API keys</Title>
        <ApiKeys />
      </Paper>
    </Stack>
  );
}

export const usersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/users',
  beforeLoad: ({ context }) => {
    if (context.session.user.role !== 'admin') throw redirect({ to: '/', search: {} });
  },
  component: UsersPage,
});
