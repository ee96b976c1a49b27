import { ActionIcon, Badge, CopyButton, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { InstanceRecord } from '../../api/types';
import { formatDateTime, formatDuration, orNotAvailable } from '../../lib/format';
import { StatusBadge } from '../status-badge';
import { FieldGrid } from './field-grid';

/** Token parameters first, then what the document gave (design §1): the header already holds that order. */
export function Overview({ record }: { record: InstanceRecord }) {
  const wf = record.workflowResult;
  const risk = wf.riskAssessment;
  const token = record.processTokenId ? `${record.processTokenId} (use ${record.processTokenCounter ?? 1})` : null;
  return (
    <Paper withBorder p="md" component="section" aria-label="Overview">
      <FieldGrid
        fields={[
          { label: 'Applicant name', value: orNotAvailable([record.firstName, record.lastName].filter(Boolean).join(' ')) },
          { label: 'Email', value: orNotAvailable(record.email) },
          { label: 'Phone', value: orNotAvailable(record.phoneNumber) },
          { label: 'Nationality', value: orNotAvailable(record.nationality) },
          { label: 'Date of birth', value: orNotAvailable(record.dateOfBirth) },
          { label: 'Document number', value: orNotAvailable(record.docNum) },
          {
            label: 'Reference ID',
            value: (
              <Group gap={4} wrap="nowrap" component="span">
                <Text span ff="monospace" size="xs">
                  {record.id}
                </Text>
                <CopyButton value={record.id}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? 'Copied' : 'Copy Reference ID'}>
                      <ActionIcon variant="subtle" color="gray.8" size="sm" aria-label="Copy Reference ID" onClick={copy}>
                        {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            ),
          },
          { label: 'Process', value: `${record.processDefnName} v${record.processDefnVersion}` },
          { label: 'Process token', value: orNotAvailable(token) },
          { label: 'Created', value: formatDateTime(record.createdDtm) },
          { label: 'Completed', value: formatDateTime(record.completedDtm) },
          { label: 'Duration', value: formatDuration(record.elapsedMilliseconds) },
          { label: 'Instance status', value: <StatusBadge status={record.status} /> },
          { label: 'Workflow status', value: orNotAvailable(wf.status) },
          { label: 'Workflow result', value: orNotAvailable(wf.result) },
          { label: 'Execution state', value: orNotAvailable(wf.workflowExecutionState) },
          {
            label: 'Risk',
            value: risk?.riskLevel ? (
              <Badge variant="outline" color={risk.riskLevel === 'LOW' ? '#1e7b34' : risk.riskLevel === 'MEDIUM' ? '#a63c00' : '#c92a2a'}>
                {risk.riskLevel} · {risk.riskScore}
              </Badge>
            ) : (
              'Not available'
            ),
          },
          { label: 'Reviewed by', value: orNotAvailable(record.review.reviewedBy ?? record.reviewedBy) },
        ]}
      />
    </Paper>
  );
}
