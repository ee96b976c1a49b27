import { Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useOverrideRiskFactor } from '../../api/instances';
import type { RiskFactor } from '../../api/types';
import { orNotAvailable } from '../../lib/format';

/** The risk assessment's factors; a reviewer overrides one factor's score and the level is recomputed. */
export function RiskFactors({ instanceId, factors, canReview }: { instanceId: string; factors: RiskFactor[]; canReview: boolean }) {
  const override = useOverrideRiskFactor(instanceId);
  const [editing, setEditing] = useState<RiskFactor | null>(null);
  const [score, setScore] = useState<number | string>('');
  const [comment, setComment] = useState('');
  if (factors.length === 0) return <Text c="dimmed" size="sm">No risk factors were assessed.</Text>;
  return (
    <>
      <Table withTableBorder aria-label="Risk factors" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Factor</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>Override</Table.Th>
            {canReview && <Table.Th>Action</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {factors.map((f) => (
            <Table.Tr key={f.riskFactorId}>
              <Table.Td>{f.description ?? f.factor}</Table.Td>
              <Table.Td>{orNotAvailable(f.value)}</Table.Td>
              <Table.Td>{f.score}</Table.Td>
              <Table.Td>{f.manualOverrideScore ?? '—'}</Table.Td>
              {canReview && (
                <Table.Td>
                  <Button size="compact-xs" variant="default" aria-label={`Override ${f.factor}`} onClick={() => { setEditing(f); setScore(f.manualOverrideScore ?? f.score); setComment(''); }}>
                    Override
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={`Override risk factor ${editing?.factor ?? ''}`} centered>
        <Stack>
          <NumberInput label="Override score" value={score} onChange={setScore} />
          <TextInput label="Comment" value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
          {override.error && <Text c="#c92a2a" size="sm" role="alert">{override.error.message}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => editing && override.mutate({ factorId: editing.riskFactorId, manualOverrideScore: null, comment }, { onSuccess: () => setEditing(null) })}>
              Remove override
            </Button>
            <Button
              disabled={typeof score !== 'number'}
              loading={override.isPending}
              onClick={() => editing && typeof score === 'number' && override.mutate({ factorId: editing.riskFactorId, manualOverrideScore: score, comment }, { onSuccess: () => setEditing(null) })}
            >
              Save override
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
