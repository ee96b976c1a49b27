import { Breadcrumbs, Button, Group, Stack, Tabs, Title } from '@mantine/core';
import { AnchorLink } from '../components/anchor-link';
import { IconDownload, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useDeleteInstance, useExportInstance, useInstance } from '../api/instances';
import { sessionQuery } from '../api/session';
import { DefinitionDiagram } from '../components/bpmn/lazy-bpmn-diagram';
import { ConfirmDeleteModal } from '../components/confirm-delete-modal';
import { DocumentsSection } from '../components/detail/documents-section';
import { Overview } from '../components/detail/overview';
import { ReviewSection } from '../components/detail/review-section';
import { SummaryChecks } from '../components/detail/summary-checks';
import { TimelineSection } from '../components/detail/timeline-section';
import { ExportPasswordModal } from '../components/export-password-modal';
import { LoadError, Loading } from '../components/query-states';
import { NOT_AVAILABLE, applicantName } from '../lib/format';
import { authedRoute } from './authed-layout';

const TABS = ['documents', 'summary', 'timeline', 'bpmn', 'review'] as const;
type Tab = (typeof TABS)[number];

function InstanceDetailPage() {
  const { id } = instanceDetailRoute.useParams();
  const { tab = 'documents' } = instanceDetailRoute.useSearch();
  const navigate = useNavigate({ from: '/process-instances/$id' });
  const { data: session } = useQuery(sessionQuery);
  const role = session?.user.role;
  const canReview = role === 'admin' || role === 'reviewer';
  const record = useInstance(id);
  const [exporting, setExporting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const exportOne = useExportInstance();
  const del = useDeleteInstance();

  if (record.isPending) return <Loading label="Loading the process instance…" />;
  if (record.isError) return <LoadError what="The process instance" error={record.error} onRetry={() => void record.refetch()} />;
  const r = record.data;
  const name = applicantName(r) ?? NOT_AVAILABLE;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <AnchorLink to="/">
          Process instances
        </AnchorLink>
        <span>{name}</span>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {name}
        </Title>
        {canReview && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => setExporting(true)}>
              Export
            </Button>
            {role === 'admin' && (
              <Button variant="light" color="#c92a2a" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
                Delete
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Overview record={r} />
      <Tabs value={tab} onChange={(t) => void navigate({ search: { tab: (t as Tab | null) ?? 'documents' }, replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="documents">Documents</Tabs.Tab>
          <Tabs.Tab value="summary">Summary checks</Tabs.Tab>
          <Tabs.Tab value="timeline">Timeline</Tabs.Tab>
          <Tabs.Tab value="bpmn">BPMN overview</Tabs.Tab>
          <Tabs.Tab value="review">Review</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsSection instanceId={r.id} canReview={canReview} hidden={r.documentIdentifiersHidden === true} />
        </Tabs.Panel>
        <Tabs.Panel value="summary" pt="md">
          <SummaryChecks record={r} canReview={canReview} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelineSection timeline={r.timeline} />
        </Tabs.Panel>
        <Tabs.Panel value="bpmn" pt="md">
          <DefinitionDiagram definitionId={r.processDefnId} label={`BPMN diagram of ${r.processDefnName} v${r.processDefnVersion}`} timeline={r.timeline} />
        </Tabs.Panel>
        <Tabs.Panel value="review" pt="md">
          <ReviewSection record={r} canReview={canReview} />
        </Tabs.Panel>
      </Tabs>
      <ExportPasswordModal
        opened={exporting}
        title="Export process instance"
        description={`All data of ${name}'s process instance, in a ZIP encrypted with AES-256 with this password.`}
        onClose={() => setExporting(false)}
        onExport={(password) => exportOne.mutateAsync({ id: r.id, password })}
      />
      <ConfirmDeleteModal
        opened={deleting}
        name={name}
        busy={del.isPending}
        error={del.error}
        onCancel={() => setDeleting(false)}
        onConfirm={() => del.mutate(r.id, { onSuccess: () => void navigate({ to: '/', search: {} }) })}
      />
    </Stack>
  );
}

export const instanceDetailRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/process-instances/$id',
  validateSearch: (raw: Record<string, unknown>): { tab?: Tab } => ((TABS as readonly unknown[]).includes(raw.tab) ? { tab: raw.tab as Tab } : {}),
  component: InstanceDetailPage,
});
