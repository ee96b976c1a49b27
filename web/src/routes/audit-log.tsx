import { Alert, Badge, Button, Code, Group, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useAuditLog, useAuditVerification } from '../api/audit';
import { Empty, LoadError, Loading } from '../components/query-states';
import { formatDateTime } from '../lib/format';
import { authedRoute } from './authed-layout';

interface AuditSearch {
  targetId?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  before?: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_KEYS = ['targetId', 'action', 'actor', 'from', 'to'] as const;

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
  const [form, setForm] = useState<AuditSearch>(search);
  const log = useAuditLog({
    targetId: search.targetId,
    action: search.action,
    actor: search.actor,
    // UTC days: from the first instant of the first day to the start of the day after the last.
    from: search.from ? `${search.from}T00:00:00.000Z` : undefined,
    to: search.to ? new Date(Date.parse(`${search.to}T00:00:00.000Z`) + 86_400_000).toISOString() : undefined,
    before: search.before,
    limit: PAGE,
  });
  const entries = log.data?.entries ?? [];
  const set = (patch: Partial<AuditSearch>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: AuditSearch = {};
    for (const key of TEXT_KEYS) {
      const value = form[key]?.trim();
      if (value) next[key] = value;
    }
    void navigate({ search: next });
  };
  const last = log.data?.entries[log.data.entries.length - 1];
  return (
    <Stack>
      <Title order={1} size="h2">Audit log</Title>
      <ChainStatus />
      <Paper withBorder p="md" component="form" onSubmit={submit} aria-label="Filter the audit log">
        <Group align="flex-end" gap="sm">
          <TextInput label="Target ID" placeholder="Instance, document or user ID" w={230} value={form.targetId ?? ''} onChange={(e) => set({ targetId: e.currentTarget.value })} />
          <TextInput label="Action" placeholder="e.g. instance.reveal" w={170} value={form.action ?? ''} onChange={(e) => set({ action: e.currentTarget.value })} />
          <TextInput label="Actor" placeholder="Username or apikey:name" w={170} value={form.actor ?? ''} onChange={(e) => set({ actor: e.currentTarget.value })} />
          <TextInput label="From" description="UTC day" type="date" value={form.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value })} />
          <TextInput label="To" description="UTC day, included" type="date" value={form.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value })} />
          <Button type="submit" variant="default">
            Filter
          </Button>
        </Group>
      </Paper>
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
  validateSearch: (raw: Record<string, unknown>): AuditSearch => {
    const out: AuditSearch = {};
    for (const key of TEXT_KEYS) {
      const value = raw[key];
      if (typeof value === 'string' && value && ((key !== 'from' && key !== 'to') || DAY.test(value))) out[key] = value;
    }
    if (Number.isInteger(Number(raw.before)) && Number(raw.before) > 0) out.before = Number(raw.before);
    return out;
  },
  component: AuditLogPage,
});
