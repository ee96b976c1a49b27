import { Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { InstanceRecord, ProcessResult, StepResult } from '../../api/types';
import { formatDateTime, orNotAvailable } from '../../lib/format';
import { AmlHit } from './aml-hit';
import { RiskFactors } from './risk-factors';

const GOOD = new Set(['PASS', 'CLEAR', 'COMPLETE', 'MATCH', 'APPROVED', 'VALID']);
const BAD = new Set(['FAIL', 'HIT', 'NO_MATCH', 'REJECTED', 'ERROR']);
const resultColor = (r: string) => (GOOD.has(r) ? '#1e7b34' : BAD.has(r) ? '#c92a2a' : '#fcc419');

function summaryText(summary: Record<string, unknown>): string[] {
  return Object.entries(summary)
    .filter(([, v]) => v !== null && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`);
}

function ProTable({ pros }: { pros: ProcessResult[] }) {
  return (
    <Table withTableBorder fz="sm" aria-label="Process results">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Class</Table.Th>
          <Table.Th>Result</Table.Th>
          <Table.Th>Source</Table.Th>
          <Table.Th>Manual status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {pros.map((p) => (
          <Table.Tr key={p.processResultId}>
            <Table.Td>{p.class}</Table.Td>
            <Table.Td>{p.result}</Table.Td>
            <Table.Td>{orNotAvailable(p.providerResult?.source ?? p.providerResult?.name)}</Table.Td>
            <Table.Td>{orNotAvailable(p.manualStatus)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function StepCard({ step, instanceId, canReview }: { step: StepResult; instanceId: string; canReview: boolean }) {
  const aml = step.processResults.filter((p) => p.class === 'AML');
  const others = step.processResults.filter((p) => p.class !== 'AML');
  const facts = summaryText(step.summary);
  return (
    <Card withBorder component="section" aria-label={`Step ${step.stepName}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {step.stepName}
          </Title>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {formatDateTime(step.endedAt ?? step.startedAt)}
            </Text>
            <Badge color={resultColor(step.result)} autoContrast>
              {step.result}
            </Badge>
          </Group>
        </Group>
        {facts.length > 0 && (
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
        )}
        {aml.map((p) => (
          <AmlHit key={p.processResultId} instanceId={instanceId} pro={p} canReview={canReview} />
        ))}
        {others.length > 0 && <ProTable pros={others} />}
      </Stack>
    </Card>
  );
}

/** Every step's result in order with its process results, the risk factors and the right-to-work fields. */
export function SummaryChecks({ record, canReview }: { record: InstanceRecord; canReview: boolean }) {
  const wf = record.workflowResult;
  const flexible = Object.entries(record.application.FlexibleFields ?? {});
  const validations = record.application.Validations ?? [];
  return (
    <Stack>
      {wf.issues.length > 0 && (
        <Card withBorder component="section" aria-label="Issues">
          <Title order={3} size="h5">
            Issues
          </Title>
          <List size="sm">
            {wf.issues.map((issue, i) => (
              <List.Item key={i}>{typeof issue === 'string' ? issue : [issue.category, issue.issue ?? issue.description].filter(Boolean).join(': ')}</List.Item>
            ))}
          </List>
        </Card>
      )}
      {wf.workflowStepResults.map((step) => (
        <StepCard key={step.stepResultId} step={step} instanceId={record.id} canReview={canReview} />
      ))}
      <Card withBorder component="section" aria-label="Risk assessment">
        <Stack gap="xs">
          <Title order={3} size="h5">
            Risk factors
          </Title>
          <RiskFactors instanceId={record.id} factors={wf.riskAssessment?.riskFactors ?? []} canReview={canReview} />
        </Stack>
      </Card>
      {(flexible.length > 0 || validations.length > 0) && (
        <Card withBorder component="section" aria-label="Right to work and validations">
          <Stack gap="xs">
            <Title order={3} size="h5">
              Right to work and validations
            </Title>
            <Table withTableBorder fz="sm" aria-label="Flexible fields and validations">
              <Table.Tbody>
                {flexible.map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Th scope="row">{key}</Table.Th>
                    <Table.Td>{typeof value === 'object' ? JSON.stringify(value) : orNotAvailable(value)}</Table.Td>
                  </Table.Tr>
                ))}
                {validations.map((v) => (
                  <Table.Tr key={v.Name}>
                    <Table.Th scope="row">{v.DisplayName ?? v.Name}</Table.Th>
                    <Table.Td>
                      {orNotAvailable(v.ValidationOutcome)} {v.DetailedResult ? `: ${v.DetailedResult}` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
