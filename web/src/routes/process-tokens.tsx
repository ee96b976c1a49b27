import { ActionIcon, Alert, Badge, Button, CopyButton, Group, Modal, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconLink, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useDefinitions } from '../api/definitions';
import { sessionQuery } from '../api/session';
import { useCreateProcessToken, useProcessTokens } from '../api/tokens';
import { Empty, LoadError, Loading } from '../components/query-states';
import { formatDateTime } from '../lib/format';
import { authedRoute } from './authed-layout';

const TYPES = ['UNLIMITED', 'MULTI_USE_COUNT_LIMITED', 'MULTI_USE_TIME_LIMITED'];
const PARAMETERS = ['firstName', 'lastName', 'email', 'phoneNumber', 'referenceID'] as const;

/** The link an applicant's front end calls to start an instance with this token. */
const linkOf = (id: string) => `${window.location.origin}/api/v1/process-tokens/${id}/instances`;

function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const definitions = useDefinitions();
  const create = useCreateProcessToken();
  const [defn, setDefn] = useState<string | null>(null);
  const [type, setType] = useState<string>('UNLIMITED');
  const [maxCount, setMaxCount] = useState<number | string>('');
  const [notAfter, setNotAfter] = useState('');
  const [params, setParams] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parameters = Object.fromEntries(Object.entries(params).filter(([, v]) => v.trim() !== ''));
    create.mutate(
      {
        processDefnId: defn,
        type,
        ...(typeof maxCount === 'number' ? { maxCount } : {}),
        ...(notAfter ? { notAfterDtm: new Date(`${notAfter}:00Z`).toISOString() } : {}),
        parameters,
      },
      { onSuccess: () => { setParams({}); onClose(); } },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Create process token" size="lg" centered>
      <form onSubmit={submit}>
        <Stack>
          {create.error && <Alert color="red" role="alert">{create.error.message}</Alert>}
          <SimpleGrid cols={2}>
            <Select
              label="Process definition"
              required
              data={(definitions.data?.definitions ?? []).map((d) => ({ value: d.id, label: `${d.name} v${d.version}` }))}
              value={defn}
              onChange={setDefn}
            />
            <Select label="Type" data={TYPES} value={type} onChange={(v) => setType(v ?? 'UNLIMITED')} allowDeselect={false} />
            <NumberInput label="Maximum uses" min={1} value={maxCount} onChange={setMaxCount} disabled={type !== 'MULTI_USE_COUNT_LIMITED'} />
            <TextInput label="Valid until" description="UTC" type="datetime-local" value={notAfter} onChange={(e) => setNotAfter(e.currentTarget.value)} />
            {PARAMETERS.map((p) => (
              <TextInput key={p} label={p} value={params[p] ?? ''} onChange={(e) => { const value = e.currentTarget.value; setParams((s) => ({ ...s, [p]: value })); }} />
            ))}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>Cancel</Button>
            <Button type="submit" loading={create.isPending} disabled={!defn}>Create token</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ProcessTokensPage() {
  const tokens = useProcessTokens();
  const definitions = useDefinitions();
  const { data: session } = useQuery(sessionQuery);
  const [creating, setCreating] = useState(false);
  const defnName = (id: string) => {
    const d = definitions.data?.definitions.find((x) => x.id === id);
    return d ? `${d.name} v${d.version}` : id;
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">Process tokens</Title>
        {session?.user.role === 'admin' && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>Create process token</Button>
        )}
      </Group>
      <Paper withBorder>
        {tokens.isPending ? (
          <Loading label="Loading process tokens…" />
        ) : tokens.isError ? (
          <LoadError what="Process tokens" error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data.processTokens.length === 0 ? (
          <Empty title="No process tokens">A process token is an applicant link with parameters; create one to invite an applicant.</Empty>
        ) : (
          <Table aria-label="Process tokens" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Token</Table.Th>
                <Table.Th>Process</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Counter</Table.Th>
                <Table.Th>Valid until</Table.Th>
                <Table.Th>Parameters</Table.Th>
                <Table.Th>Link</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.processTokens.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td ff="monospace" fz="xs">{t.id}</Table.Td>
                  <Table.Td>{defnName(t.processDefnId)}</Table.Td>
                  <Table.Td fz="xs">{t.type}</Table.Td>
                  <Table.Td><Badge variant="outline" color={t.status === 'ACTIVE' ? '#1e7b34' : 'gray.7'}>{t.status}</Badge></Table.Td>
                  <Table.Td>{t.processTokenCounter ?? 0}{t.maxCount ? ` / ${t.maxCount}` : ''}</Table.Td>
                  <Table.Td>{t.notAfterDtm ? formatDateTime(t.notAfterDtm) : '—'}</Table.Td>
                  <Table.Td fz="xs">{Object.entries(t.parameters ?? {}).map(([k, v]) => `${k}=${String(v)}`).join(', ')}</Table.Td>
                  <Table.Td>
                    <CopyButton value={linkOf(t.id)}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? 'Copied' : 'Copy link'}>
                          <ActionIcon variant="subtle" color="gray.8" aria-label={`Copy link of token ${t.id}`} onClick={copy}>
                            {copied ? <IconCheck size={16} aria-hidden /> : <IconLink size={16} aria-hidden />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Text size="xs" c="dimmed">The link is the API address an applicant front end calls (POST) to start an instance with the token.</Text>
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

export const processTokensRoute = createRoute({ getParentRoute: () => authedRoute, path: '/process-tokens', component: ProcessTokensPage });
