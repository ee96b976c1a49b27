import { Badge, Table } from '@mantine/core';
import type { TimelineActivity } from '../../api/types';
import { formatDateTime, formatDuration, orNotAvailable } from '../../lib/format';
import { Empty } from '../query-states';

/** Each activity the applicant went through: when it started, how long it took, its outcome. */
export function TimelineSection({ timeline }: { timeline: TimelineActivity[] }) {
  if (timeline.length === 0) return <Empty title="No activity yet">The workflow has not run a step for this instance.</Empty>;
  return (
    <Table striped withTableBorder aria-label="Timeline">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>#</Table.Th>
          <Table.Th>Activity</Table.Th>
          <Table.Th>Started</Table.Th>
          <Table.Th>Duration</Table.Th>
          <Table.Th>Outcome</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {timeline.map((a, i) => (
          <Table.Tr key={`${a.elementId}-${i}`}>
            <Table.Td>{i + 1}</Table.Td>
            <Table.Td>
              {a.name}
              {a.attempt && a.attempt > 1 ? ` (attempt ${a.attempt})` : ''}
            </Table.Td>
            <Table.Td>{formatDateTime(a.startedAt)}</Table.Td>
            <Table.Td>{a.endedAt ? formatDuration(a.durationMs) : 'running'}</Table.Td>
            <Table.Td>
              <Badge variant="outline" color="gray.8">
                {orNotAvailable(a.outcome)}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
