import { Alert, Badge, Button, Card, Collapse, Group, Image, List, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconEye, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useDocumentStatus, useDocuments, useReveal } from '../../api/instances';
import type { DocumentRecord } from '../../api/types';
import { orNotAvailable } from '../../lib/format';
import { Empty, LoadError, Loading } from '../query-states';

const DOC_STATUSES = ['Accepted', 'Referred', 'Failed', 'Rejected', 'NoValidation'];
const statusName = (s: string | number) => (typeof s === 'number' ? (['Undefined', ...DOC_STATUSES][s] ?? String(s)) : s);

function StatusControl({ instanceId, doc, role }: { instanceId: string; doc: DocumentRecord; role: 'operator' | 'auditor' }) {
  const change = useDocumentStatus(instanceId);
  const [status, setStatus] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const label = role === 'operator' ? 'Operator' : 'Auditor';
  return (
    <Group align="flex-end" gap="xs">
      <Select label={`${label} status`} data={DOC_STATUSES} value={status} onChange={setStatus} w={160} />
      <TextInput label={`${label} message`} value={message} onChange={(e) => setMessage(e.currentTarget.value)} w={240} />
      <Button variant="default" disabled={!status} loading={change.isPending} onClick={() => status && change.mutate({ docId: doc.DocumentId, role, status, message })}>
        Set {label.toLowerCase()} status
      </Button>
      {change.error && (
        <Text c="#c92a2a" size="sm" role="alert">
          {change.error.message}
        </Text>
      )}
    </Group>
  );
}

function DocumentCard({ instanceId, doc, canReview, revealed }: { instanceId: string; doc: DocumentRecord; canReview: boolean; revealed: boolean }) {
  const [more, setMore] = useState(false);
  const moreData = Object.entries(doc.MoreData ?? {});
  const showImages = !doc.masked && revealed;
  // Every check is a statement with its outcome: the MRZ's, then the document's feedback.
  const checks = [...(doc.MrzValidationProperties ?? []), ...(doc.FeedbackFeatures ?? [])];
  return (
    <Card withBorder component="article" aria-label={`Document ${orNotAvailable(doc.DocumentName ?? doc.DocumentType)}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {orNotAvailable(doc.DocumentName ?? doc.DocumentType)} {doc.IssuingCountry ? `(${doc.IssuingCountry})` : ''}
          </Title>
          <Group gap="xs">
            <Badge variant="outline" color="gray.7">Operator: {statusName(doc.OperatorStatus)}</Badge>
            <Badge variant="outline" color="gray.7">Auditor: {statusName(doc.AuditorStatus)}</Badge>
            {doc.OverallStatusName && <Badge color={doc.OverallStatusName === 'Accepted' ? '#1e7b34' : doc.OverallStatusName === 'Referred' ? '#fcc419' : '#c92a2a'} autoContrast>{doc.OverallStatusName}</Badge>}
          </Group>
        </Group>
        {showImages ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {doc.Images.map((img) => (
              <Stack key={img.id} gap={2}>
                <Image
                  src={`/api/v1/process-instances/${encodeURIComponent(instanceId)}/documents/${encodeURIComponent(doc.DocumentId)}/images/${encodeURIComponent(img.kind)}`}
                  alt={`${img.kind === 'portrait' ? 'Portrait' : img.kind} image of the document`}
                  fit="contain"
                  h={180}
                  radius="sm"
                  bg="gray.1"
                />
                <Text size="xs" c="dimmed">
                  {img.kind} · {img.width}×{img.height}
                </Text>
              </Stack>
            ))}
            {doc.Images.length === 0 && <Text c="dimmed" size="sm">No images were captured.</Text>}
          </SimpleGrid>
        ) : (
          <Text c="dimmed" size="sm">Images are hidden until you reveal them.</Text>
        )}
        {checks.length > 0 && (
          <List spacing={2} size="sm" aria-label="Document checks">
            {checks.map((f) => (
              <List.Item key={f.Name} icon={f.ValueUndefined ? <Text span c="dimmed">–</Text> : f.Value ? <IconCheck size={16} color="var(--mantine-color-green-8)" aria-label="pass" /> : <IconX size={16} color="var(--mantine-color-red-8)" aria-label="fail" />}>
                {f.Name}: {f.ValueUndefined ? 'not checked' : f.Value ? 'true' : 'false'}
                {f.ErrorMessage ? ` (${f.ErrorMessage})` : ''}
              </List.Item>
            ))}
          </List>
        )}
        <div>
          <Button variant="subtle" size="compact-sm" aria-expanded={more} onClick={() => setMore((m) => !m)}>
            More Data
          </Button>
          <Collapse in={more}>
            {moreData.length === 0 ? (
              <Text c="dimmed" size="sm">No fields were extracted.</Text>
            ) : (
              <Table aria-label="Extracted fields" withTableBorder mt="xs">
                <Table.Tbody>
                  {moreData.map(([key, value]) => (
                    <Table.Tr key={key}>
                      <Table.Th scope="row" w={240}>{key}</Table.Th>
                      <Table.Td>{typeof value === 'object' ? JSON.stringify(value) : orNotAvailable(value)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Collapse>
        </div>
        {(doc.OperatorMessage || doc.AuditorMessage) && (
          <Text size="sm">
            {doc.OperatorMessage && <>Operator: {doc.OperatorMessage}. </>}
            {doc.AuditorMessage && <>Auditor ({orNotAvailable(doc.AuditedByUser)}): {doc.AuditorMessage}</>}
          </Text>
        )}
        {canReview && (
          <Stack gap="xs">
            <StatusControl instanceId={instanceId} doc={doc} role="operator" />
            <StatusControl instanceId={instanceId} doc={doc} role="auditor" />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

/** The instance's documents with their images, checks and extracted fields; viewers reveal images first (audited). */
export function DocumentsSection({ instanceId, canReview, hidden }: { instanceId: string; canReview: boolean; hidden: boolean }) {
  const docs = useDocuments(instanceId);
  const reveal = useReveal(instanceId);
  // The server says whether this session sees identifiers (viewers only after an audited reveal).
  const revealed = !hidden;
  if (docs.isPending) return <Loading label="Loading documents…" />;
  if (docs.isError) return <LoadError what="Documents" error={docs.error} onRetry={() => void docs.refetch()} />;
  const list = docs.data.documents;
  if (list.length === 0) return <Empty title="No documents">This process instance has no submitted identity document.</Empty>;
  return (
    <Stack>
      {!revealed && (
        <Alert color="blue" title="Personal data hidden">
          <Group justify="space-between">
            <Text size="sm">Document images and numbers are shown after you reveal them. Revealing is recorded in the audit log.</Text>
            <Button leftSection={<IconEye size={16} aria-hidden />} loading={reveal.isPending} onClick={() => reveal.mutate()}>
              Reveal
            </Button>
          </Group>
          {reveal.error && <Text c="#c92a2a" size="sm" role="alert">{reveal.error.message}</Text>}
        </Alert>
      )}
      {list.map((doc) => (
        <DocumentCard key={doc.DocumentId} instanceId={instanceId} doc={doc} canReview={canReview} revealed={revealed} />
      ))}
    </Stack>
  );
}
