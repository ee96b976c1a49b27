import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useResolveProcessResult } from '../../api/instances';
import type { ProcessResult } from '../../api/types';
import { orNotAvailable } from '../../lib/format';
import { FieldGrid } from './field-grid';

interface Explanation {
  tokens?: Array<{ query: string; list: string; score: number; kind: string }>;
  unmatchedQuery?: string[];
  unmatchedList?: string[];
}

/** One sanctions hit: the list entry, the pinned list version, why the names matched, and the reviewer's resolution. */
export function AmlHit({ instanceId, pro, canReview }: { instanceId: string; pro: ProcessResult; canReview: boolean }) {
  const resolve = useResolveProcessResult(instanceId);
  const s = pro.supplementaryData ?? {};
  const explanation = (s.explanation ?? {}) as Explanation;
  const entry = orNotAvailable(s.listEntityName ?? pro.providerResult?.name);
  return (
    <Paper withBorder p="sm" component="section" aria-label={`AML hit ${entry}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{entry}</Text>
          <Badge color={pro.manualStatus === 'FALSE_POSITIVE' ? '#1e7b34' : pro.manualStatus === 'TRUE_POSITIVE' ? '#c92a2a' : '#fcc419'} autoContrast>
            {pro.manualStatus ? pro.manualStatus.replace('_', ' ').toLowerCase() : 'unresolved'}
          </Badge>
        </Group>
        <FieldGrid
          fields={[
            { label: 'Matched name', value: orNotAvailable(s.matchedName) },
            { label: 'Screened name', value: orNotAvailable(s.queryName) },
            { label: 'List', value: orNotAvailable(s.listName ?? pro.providerResult?.source) },
            { label: 'List version', value: orNotAvailable(s.listVersion) },
            { label: 'List entry ID', value: orNotAvailable(pro.providerResult?.reference) },
            { label: 'Score', value: typeof s.score === 'number' ? s.score.toFixed(3) : orNotAvailable(s.score) },
            { label: 'Band', value: orNotAvailable(s.band) },
            { label: 'Resolved by', value: orNotAvailable(pro.manualStatus ? pro.updatedBy : null) },
          ]}
        />
        {explanation.tokens && explanation.tokens.length > 0 && (
          <Table withTableBorder aria-label={`Why ${entry} matched`} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Screened token</Table.Th>
                <Table.Th>List token</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Score</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {explanation.tokens.map((t, i) => (
                <Table.Tr key={`${t.query}-${t.list}-${i}`}>
                  <Table.Td>{t.query}</Table.Td>
                  <Table.Td>{t.list}</Table.Td>
                  <Table.Td>{t.kind}</Table.Td>
                  <Table.Td>{t.score.toFixed(2)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canReview && (
          <Group gap="xs">
            <Button size="xs" color="#c92a2a" variant="light" loading={resolve.isPending && resolve.variables?.manualStatus === 'TRUE_POSITIVE'} onClick={() => resolve.mutate({ proId: pro.processResultId, manualStatus: 'TRUE_POSITIVE' })}>
              True positive
            </Button>
            <Button size="xs" color="#1e7b34" variant="light" loading={resolve.isPending && resolve.variables?.manualStatus === 'FALSE_POSITIVE'} onClick={() => resolve.mutate({ proId: pro.processResultId, manualStatus: 'FALSE_POSITIVE' })}>
              False positive
            </Button>
            {resolve.error && <Text c="#c92a2a" size="sm" role="alert">{resolve.error.message}</Text>}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
