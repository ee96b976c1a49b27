import { Alert, Badge, Button, Code, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useAuditLog, useAuditVerification } from '../api/audit';
import { Empty, LoadError, Loading } from '../components/query-states';
import { formatDateTime } from '../lib/format';
import { authedRoute } from './authed-layout';

interface AuditSearch {
  targetId?: string;
  action?: string;
  before?: number;
}

const PAGE = 100;

function ChainStatus() {
  const verify = useAuditVerification();
  if (verify.isPending) return <Badge color="gray.7">Verifying the chain…</Badge>;
  if (verify.isError) return <Badge color="#c92a2a">Chain not verified: {verify.error.message}</Badge>;
  return verify.data.intact ? (
    <Alert color="green" title="Hash chain intact" role="status">
      Every entry's hash matches its content and the entry before it: nothing was changed or removed.
    </Alert>
  ) : (
    <Alert color="red" title="Hash chain broken" role="alert">
      Entry {verify.data.firstBrokenId} does not match its hash: the log was altered from that entry on.
    </Alert>
  );
}

/** The tenant's append-only audit log with the hash chain's verification. */
function AuditLogPage() {
  const search = auditLogRoute.useSearch();
  const navigate = useNavigate({ from: '/audit-log' });
  const [target, setTarget] = useState(search.targetId ?? '');
  const log = useAuditLog({ targetId: search.targetId, before: search.before, limit: PAGE });
  const entries = (log.data?.entries ?? []).filter((e) => !search.action || e.action === search.action);
  const actions = [...new Set((log.data?.entries ?? []).map((e) => e.action))].sort();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: (s: AuditSearch) => ({ ...s, targetId: target.trim() || undefined, before: undefined }) });
  };
  const last = log.data?.entries[log.data.entries.length - 1];
  return (
    <Stack>
      <Title order={1} size="h2">Audit log</Title>
      <ChainStatus />
      <Group align="flex-end">
        <form onSubmit={submit} role="search" aria-label="Filter the audit log by target">
          <Group align="flex-end" gap="xs">
            <TextInput label="Target ID" placeholder="Instance, document or user ID" w={320} value={target} onChange={(e) => setTarget(e.currentTarget.value)} />
            <Button type="submit" variant="default">Filter</Button>
          </Group>
        </form>
        <Select
          label="Action"
          placeholder="Any action"
          data={search.action && !actions.includes(search.action) ? [search.action, ...actions] : actions}
          value={search.action ?? null}
          onChange={(v) => void navigate({ search: (s: AuditSearch) => ({ ...s, action: v ?? undefined }) })}
          clearable
          w={240}
        />
      </Group>
      <Paper withBorder>
        {log.isPending ? (
          <Loading label="Loading the audit log…" />
        ) : log.isError ? (
          <LoadError what="The audit log" error={log.error} onRetry={() => void log.refetch()} />
        ) : entries.length === 0 ? (
          <Empty title="No entries">Nothing recorded matches these filters.</Empty>
        ) : (
          <Table aria-label="Audit log entries" striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{e.id}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{e.actor}</Table.Td>
                  <Table.Td>{e.action}</Table.Td>
                  <Table.Td fz="xs">{e.targetType} {e.targetId}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.details ? <Code>{JSON.stringify(e.details)}</Code> : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Group justify="flex-end">
        {search.before && <Button variant="default" onClick={() => void navigate({ search: (s: AuditSearch) => ({ ...s, before: undefined }) })}>Newest entries</Button>}
        <Button variant="default" disabled={!last || (log.data?.entries.length ?? 0) < PAGE} onClick={() => last && void navigate({ search: (s: AuditSearch) => ({ ...s, before: last.id }) })}>
          Older entries
        </Button>
      </Group>
    </Stack>
  );
}

export const auditLogRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/audit-log',
  validateSearch: (raw: Record<string, unknown>): AuditSearch => ({
    ...(typeof raw.targetId === 'string' && raw.targetId ? { targetId: raw.targetId } : {}),
    ...(typeof raw.action === 'string' && raw.action ? { action: raw.action } : {}),
    ...(Number.isInteger(Number(raw.before)) && Number(raw.before) > 0 ? { before: Number(raw.before) } : {}),
  }),
  component: AuditLogPage,
});
