import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { AnchorLink } from '../components/anchor-link';
import { useQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useReviewQueue } from '../api/instances';
import { sessionQuery } from '../api/session';
import { FourEyesSettings } from '../components/four-eyes-settings';
import { Empty, LoadError, Loading } from '../components/query-states';
import { StatusBadge } from '../components/status-badge';
import { NOT_AVAILABLE, applicantName, formatDateTime } from '../lib/format';
import { statusInfo } from '../lib/statuses';
import { authedRoute } from './authed-layout';

/** Instances waiting for a reviewer and status changes waiting for a second one, oldest first. */
function ReviewQueuePage() {
  const queue = useReviewQueue();
  const { data: session } = useQuery(sessionQuery);
  return (
    <Stack>
      <Title order={1} size="h2">
        Review queue
      </Title>
      {queue.isPending ? (
        <Loading label="Loading the review queue…" />
      ) : queue.isError ? (
        <LoadError what="The review queue" error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <>
          <Paper withBorder p="md" component="section" aria-label="Proposals waiting for a second reviewer">
            <Title order={2} size="h4" mb="xs">
              Proposals waiting for a second reviewer
            </Title>
            {queue.data.proposals.length === 0 ? (
              <Text c="dimmed" size="sm">No proposal is waiting.</Text>
            ) : (
              <Table aria-label="Pending proposals">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Instance</Table.Th>
                    <Table.Th>Proposed status</Table.Th>
                    <Table.Th>Proposed by</Table.Th>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Comment</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {queue.data.proposals.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>
                        <AnchorLink to="/process-instances/$id" params={{ id: p.instanceId }} search={{ tab: 'review' }} ff="monospace" size="sm">
                          {p.instanceId}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>{statusInfo(p.status).label}</Table.Td>
                      <Table.Td>{p.proposedBy}</Table.Td>
                      <Table.Td>{formatDateTime(p.createdAt)}</Table.Td>
                      <Table.Td>{p.comment}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
          <Paper withBorder p="md" component="section" aria-label="Instances in review">
            <Title order={2} size="h4" mb="xs">
              Instances in review
            </Title>
            {queue.data.instances.length === 0 ? (
              <Empty title="Nothing to review">No process instance is waiting for a decision.</Empty>
            ) : (
              <Table aria-label="Instances in review">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Applicant Name</Table.Th>
                    <Table.Th>Process</Table.Th>
                    <Table.Th>Created</Table.Th>
                    <Table.Th>Status</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {queue.data.instances.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>
                        <AnchorLink to="/process-instances/$id" params={{ id: i.id }} search={{ tab: 'review' }}>
                          {applicantName(i) ?? NOT_AVAILABLE}
                        </AnchorLink>
                      </Table.Td>
                      <Table.Td>
                        {i.processDefnName} v{i.processDefnVersion}
                      </Table.Td>
                      <Table.Td>{formatDateTime(i.createdDtm)}</Table.Td>
                      <Table.Td>
                        <StatusBadge status={i.status} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </>
      )}
      {session?.user.role === 'admin' && <FourEyesSettings />}
    </Stack>
  );
}

export const reviewQueueRoute = createRoute({ getParentRoute: () => authedRoute, path: '/review-queue', component: ReviewQueuePage });
