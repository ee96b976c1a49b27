import { Badge, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { AnchorLink } from '../components/anchor-link';
import { createRoute } from '@tanstack/react-router';
import { useState } from 'react';
import { useDefinitions, useDefinitionsOverview, type DefinitionOverview } from '../api/definitions';
import { DefinitionDiagram } from '../components/bpmn/lazy-bpmn-diagram';
import { Empty, LoadError, Loading } from '../components/query-states';
import { StatusBadge } from '../components/status-badge';
import { NOT_AVAILABLE, applicantName, formatDateTime } from '../lib/format';
import { statusInfo } from '../lib/statuses';
import { authedRoute } from './authed-layout';

function DefinitionCard({ d, partial }: { d: DefinitionOverview; partial: boolean }) {
  const versions = [...d.versions].sort((a, b) => b.version - a.version);
  const [shown, setShown] = useState<string | null>(null);
  const counts = Object.entries(d.countsByStatus).filter(([, n]) => n > 0);
  return (
    <Card withBorder component="section" aria-label={`Definition ${d.name}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {d.name}
          </Title>
          <Text size="sm" c="dimmed">
            {versions.length} version{versions.length === 1 ? '' : 's'}
          </Text>
        </Group>
        <Group gap="xs" aria-label="Instances by status">
          {partial ? (
            <Text size="sm" c="dimmed">Counts by status are not available from this server.</Text>
          ) : counts.length === 0 ? (
            <Text size="sm" c="dimmed">No instance has run yet.</Text>
          ) : (
            counts.map(([status, n]) => (
              <Badge key={status} variant="outline" color="gray.8">
                {statusInfo(status).label}: {n}
              </Badge>
            ))
          )}
        </Group>
        {d.lastRunInstances.length > 0 && (
          <Table fz="sm" aria-label={`Last run instances of ${d.name}`}>
            <Table.Tbody>
              {d.lastRunInstances.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    <AnchorLink to="/process-instances/$id" params={{ id: i.id }} size="sm">
                      {applicantName(i) ?? NOT_AVAILABLE}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>v{i.processDefnVersion}</Table.Td>
                  <Table.Td>{formatDateTime(i.createdDtm)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={i.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Select
          label="Draw version"
          placeholder="Version"
          data={versions.map((v) => ({ value: v.id, label: `v${v.version}` }))}
          value={shown}
          onChange={setShown}
          w={200}
          clearable
        />
        {shown && <DefinitionDiagram definitionId={shown} label={`BPMN diagram of ${d.name} v${versions.find((v) => v.id === shown)?.version ?? ''}`} />}
      </Stack>
    </Card>
  );
}

/** Every definition with its versions, counts by status, last-run instances and drawing. */
function DefinitionsPage() {
  const overview = useDefinitionsOverview();
  const plain = useDefinitions();
  // Until the overview route answers, the plain list still shows each definition and its versions.
  const data: DefinitionOverview[] | undefined =
    overview.data?.definitions ??
    (overview.isError && plain.data
      ? Object.values(
          plain.data.definitions.reduce<Record<string, DefinitionOverview>>((acc, d) => {
            const entry = (acc[d.name] ??= { name: d.name, versions: [], countsByStatus: {}, lastRunInstances: [] });
            entry.versions.push({ id: d.id, version: d.version, type: d.type });
            return acc;
          }, {}),
        )
      : undefined);
  return (
    <Stack>
      <Title order={1} size="h2">
        Process definitions
      </Title>
      {data ? (
        data.length === 0 ? (
          <Empty title="No process definitions">Create one with POST /api/v1/definitions (BPMN or the JSON form).</Empty>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {data.map((d) => (
              <DefinitionCard key={d.name} d={d} partial={!overview.data} />
            ))}
          </SimpleGrid>
        )
      ) : overview.isError && plain.isError ? (
        <LoadError what="Process definitions" error={plain.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Loading label="Loading process definitions…" />
      )}
    </Stack>
  );
}

export const definitionsRoute = createRoute({ getParentRoute: () => authedRoute, path: '/definitions', component: DefinitionsPage });
