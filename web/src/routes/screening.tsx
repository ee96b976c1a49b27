import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useAlerts, useListVersions, useResolveAlert } from '../api/screening';
import { sessionQuery } from '../api/session';
import { Empty, LoadError, Loading } from '../components/query-states';
import { formatDateTime } from '../lib/format';
import { authedRoute } from './authed-layout';

function ListVersions() {
  const lists = useListVersions();
  if (lists.isPending) return <Loading label="Loading list versions…" />;
  if (lists.isError) return <LoadError what="List versions" error={lists.error} onRetry={() => void lists.refetch()} />;
  if (lists.data.lists.length === 0) return <Empty title="No sanctions list imported">Import one with `idflow lists import &lt;file&gt;`; AML steps screen against the active versions.</Empty>;
  return (
    <Table aria-label="Sanctions list versions" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>List</Table.Th>
          <Table.Th>Version</Table.Th>
          <Table.Th>Imported</Table.Th>
          <Table.Th>Entities</Table.Th>
          <Table.Th>Names</Table.Th>
          <Table.Th>Diff to previous</Table.Th>
          <Table.Th>State</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lists.data.lists.map((l) => (
          <Table.Tr key={l.id}>
            <Table.Td>{l.name}</Table.Td>
            <Table.Td ff="monospace" fz="xs">{l.id}</Table.Td>
            <Table.Td>{formatDateTime(l.importedAt)}</Table.Td>
            <Table.Td>{l.counts.entities.toLocaleString('en')}</Table.Td>
            <Table.Td>{l.counts.names.toLocaleString('en')}</Table.Td>
            <Table.Td>+{l.diff.added} −{l.diff.removed} ~{l.diff.changed}</Table.Td>
            <Table.Td><Badge variant="outline" color={l.status === 'active' ? '#1e7b34' : 'gray.7'}>{l.status}</Badge></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Alerts({ canReview }: { canReview: boolean }) {
  const [status, setStatus] = useState<'OPEN' | 'RESOLVED'>('OPEN');
  const alerts = useAlerts(status);
  const resolve = useResolveAlert();
  return (
    <Stack gap="xs">
      <SegmentedControl aria-label="Alert state" value={status} onChange={(v) => setStatus(v === 'RESOLVED' ? 'RESOLVED' : 'OPEN')} data={[{ value: 'OPEN', label: 'Open' }, { value: 'RESOLVED', label: 'Resolved' }]} w={240} />
      {resolve.error && <Text c="#c92a2a" size="sm" role="alert">{resolve.error.message}</Text>}
      {alerts.isPending ? (
        <Loading label="Loading alerts…" />
      ) : alerts.isError ? (
        <LoadError what="Monitoring alerts" error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : alerts.data.alerts.length === 0 ? (
        <Empty title={status === 'OPEN' ? 'No open alerts' : 'No resolved alerts'}>Monitoring raises an alert when a list import adds or changes an entry that matches a monitored applicant.</Empty>
      ) : (
        <Table aria-label="Monitoring alerts" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Raised</Table.Th>
              <Table.Th>Matched name</Table.Th>
              <Table.Th>List entry</Table.Th>
              <Table.Th>Change</Table.Th>
              <Table.Th>Score</Table.Th>
              <Table.Th>Outcome</Table.Th>
              <Table.Th>{status === 'OPEN' ? 'Action' : 'Resolution'}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {alerts.data.alerts.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{formatDateTime(a.createdAt)}</Table.Td>
                <Table.Td>{a.matchedName}</Table.Td>
                <Table.Td fz="xs">{a.source} {a.sourceId}</Table.Td>
                <Table.Td>{a.change}</Table.Td>
                <Table.Td>{a.score.toFixed(2)}</Table.Td>
                <Table.Td><Badge color={a.outcome === 'URGENT' ? '#c92a2a' : '#fcc419'} autoContrast>{a.outcome}</Badge></Table.Td>
                <Table.Td>
                  {status === 'OPEN' ? (
                    canReview ? (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" color="#c92a2a" variant="light" onClick={() => resolve.mutate({ id: a.id, resolution: 'TRUE_POSITIVE' })}>True positive</Button>
                        <Button size="compact-xs" color="#1e7b34" variant="light" onClick={() => resolve.mutate({ id: a.id, resolution: 'FALSE_POSITIVE' })}>False positive</Button>
                      </Group>
                    ) : '—'
                  ) : (
                    `${a.resolution ?? ''} ${a.resolvedBy ? `by ${a.resolvedBy}` : ''}`
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** Sanctions list versions with their diffs, and ongoing monitoring's alerts. */
function ScreeningPage() {
  const { data: session } = useQuery(sessionQuery);
  const canReview = session?.user.role === 'admin' || session?.user.role === 'reviewer';
  return (
    <Stack>
      <Title order={1} size="h2">Screening</Title>
      <Paper withBorder p="md" component="section" aria-label="List versions">
        <Title order={2} size="h4" mb="xs">List versions</Title>
        <ListVersions />
      </Paper>
      <Paper withBorder p="md" component="section" aria-label="Monitoring alerts">
        <Title order={2} size="h4" mb="xs">Monitoring alerts</Title>
        <Alerts canReview={canReview} />
      </Paper>
    </Stack>
  );
}

export const screeningRoute = createRoute({ getParentRoute: () => authedRoute, path: '/screening', component: ScreeningPage });
