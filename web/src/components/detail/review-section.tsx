import { Badge, Button, Card, Group, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useAuditTrail, useChangeStatus, useDecideProposal, useInstanceProposals } from '../../api/instances';
import type { InstanceRecord, Proposal } from '../../api/types';
import { formatDateTime, orNotAvailable } from '../../lib/format';
import { DECISION_STATUSES, statusInfo } from '../../lib/statuses';
import { LoadError, Loading } from '../query-states';

function ProposalCard({ proposal, canReview }: { proposal: Proposal; canReview: boolean }) {
  const decide = useDecideProposal();
  return (
    <Paper withBorder p="sm" bg="yellow.0" component="section" aria-label="Pending proposal">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          Status change waiting for a second reviewer
        </Text>
        <Text size="sm">
          {proposal.proposedBy} proposed <b>{statusInfo(proposal.status).label}</b> on {formatDateTime(proposal.createdAt)}
          {proposal.comment ? `: “${proposal.comment}”` : ''}. Another reviewer must approve or reject it.
        </Text>
        {canReview && (
          <Group gap="xs">
            <Button size="xs" color="#1e7b34" loading={decide.isPending && decide.variables?.decision === 'approve'} onClick={() => decide.mutate({ proposal, decision: 'approve' })}>
              Approve
            </Button>
            <Button size="xs" color="#c92a2a" variant="light" loading={decide.isPending && decide.variables?.decision === 'reject'} onClick={() => decide.mutate({ proposal, decision: 'reject' })}>
              Reject
            </Button>
          </Group>
        )}
        {decide.error && (
          <Text c="#c92a2a" size="sm" role="alert">
            {decide.error.message}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function StatusChange({ record }: { record: InstanceRecord }) {
  const change = useChangeStatus(record.id);
  const [status, setStatus] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) return;
    setOutcome(null);
    change.mutate(
      { status, comment },
      {
        onSuccess: (result) => {
          setComment('');
          setStatus(null);
          setOutcome('proposal' in result ? 'Your change is a proposal: a second reviewer must approve it before it applies.' : `Status changed to ${statusInfo(result.status).label}.`);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label="Change status">
      <Stack gap="xs">
        <Group align="flex-end">
          <Select label="New status" data={DECISION_STATUSES.map((s) => ({ value: s.value, label: s.label }))} value={status} onChange={setStatus} w={200} />
          <Textarea label="Comment" value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={1} style={{ flex: 1 }} />
          <Button type="submit" disabled={!status || comment.trim() === ''} loading={change.isPending}>
            Change status
          </Button>
        </Group>
        {change.error && (
          <Text c="#c92a2a" size="sm" role="alert">
            {change.error.message}
          </Text>
        )}
        {outcome && (
          <Text size="sm" role="status">
            {outcome}
          </Text>
        )}
      </Stack>
    </form>
  );
}

/** Decide on the instance (with four-eyes proposals) and read everything that happened to it. */
export function ReviewSection({ record, canReview }: { record: InstanceRecord; canReview: boolean }) {
  const proposals = useInstanceProposals(record.id);
  const trail = useAuditTrail(record.id);
  const all = proposals.data?.proposals ?? [];
  const mine = all.filter((p) => p.state === 'PENDING');
  const decided = all.filter((p) => p.state !== 'PENDING');
  return (
    <Stack>
      <Card withBorder component="section" aria-label="Decision">
        <Stack gap="xs">
          <Title order={3} size="h5">
            Decision
          </Title>
          <Text size="sm">
            Current status {statusInfo(record.status).label}; automated result {orNotAvailable(record.workflowResult.result)}.
            {record.review.statusOverrideBy && ` Last changed by ${record.review.statusOverrideBy} on ${formatDateTime(record.review.statusOverrideAt)}${record.review.comment ? `: “${record.review.comment}”` : ''}.`}
          </Text>
          {mine.map((p) => (
            <ProposalCard key={p.id} proposal={p} canReview={canReview} />
          ))}
          {canReview && <StatusChange record={record} />}
          {decided.length > 0 && (
            <Table withTableBorder fz="sm" aria-label="Decided proposals">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Proposed</Table.Th>
                  <Table.Th>By</Table.Th>
                  <Table.Th>Decision</Table.Th>
                  <Table.Th>Decided by</Table.Th>
                  <Table.Th>When</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {decided.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{statusInfo(p.status).label}</Table.Td>
                    <Table.Td>{p.proposedBy}</Table.Td>
                    <Table.Td>{p.state.toLowerCase()}</Table.Td>
                    <Table.Td>{orNotAvailable(p.decidedBy)}</Table.Td>
                    <Table.Td>{formatDateTime(p.decidedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-label="Audit trail">
        <Title order={3} size="h5" mb="xs">
          Audit trail
        </Title>
        {trail.isPending ? (
          <Loading label="Loading the audit trail…" />
        ) : trail.isError ? (
          <LoadError what="The audit trail" error={trail.error} onRetry={() => void trail.refetch()} />
        ) : trail.data.entries.length === 0 ? (
          <Text c="dimmed" size="sm">Nothing recorded yet.</Text>
        ) : (
          <Table withTableBorder fz="sm" aria-label="Audit trail entries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Details</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trail.data.entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>{e.actor}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color="gray.8">
                      {e.action}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{e.details ? JSON.stringify(e.details) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
