import { ActionIcon, Button, Collapse, Group, Paper, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { AnchorLink } from '../components/anchor-link';
import { IconDownload, IconFilter, IconSearch, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useDeleteInstance, useExportInstance, useExportSearchResults, useInstancePage } from '../api/instances';
import { sessionQuery } from '../api/session';
import type { InstanceHeader } from '../api/types';
import { ConfirmDeleteModal } from '../components/confirm-delete-modal';
import { ExportPasswordModal } from '../components/export-password-modal';
import { FilterPanel } from '../components/filter-panel';
import { Empty, LoadError, Loading } from '../components/query-states';
import { StatusBadge } from '../components/status-badge';
import { NOT_AVAILABLE, applicantName, formatDateTime, formatDuration } from '../lib/format';
import { PAGE_SIZES, filtersOfSearch, parseListSearch, type ListSearch } from '../lib/list-search';
import { authedRoute } from './authed-layout';

function durationOf(i: InstanceHeader): number | null {
  if (i.elapsedMilliseconds !== null) return i.elapsedMilliseconds;
  return i.completedDtm ? null : Date.now() - new Date(i.createdDtm).getTime();
}

function InstancesPage() {
  const search = instancesRoute.useSearch();
  const navigate = useNavigate({ from: '/' });
  const { data: session } = useQuery(sessionQuery);
  const canAct = session?.user.role === 'admin' || session?.user.role === 'reviewer';
  const canDelete = session?.user.role === 'admin';
  const limit = search.limit ?? 50;
  const filters = filtersOfSearch(search);
  const page = useInstancePage(filters, limit, search.cursor);
  const [filterOpen, setFilterOpen] = useState(false);
  const [reference, setReference] = useState(search.referenceId ?? '');
  const [previous, setPrevious] = useState<string[]>([]);
  const [toDelete, setToDelete] = useState<InstanceHeader | null>(null);
  const [toExport, setToExport] = useState<InstanceHeader | null>(null);
  const [exportAll, setExportAll] = useState(false);
  const del = useDeleteInstance();
  const exportOne = useExportInstance();
  const exportSearch = useExportSearchResults();

  const go = (patch: Partial<ListSearch>, keepCursor = false) => {
    if (!keepCursor) setPrevious([]);
    void navigate({ search: (prev: ListSearch) => ({ ...prev, ...patch, ...(keepCursor ? {} : { cursor: undefined }) }) });
  };
  const searchReference = (event: FormEvent) => {
    event.preventDefault();
    go({ referenceId: reference.trim() || undefined });
  };
  const rows = page.data?.processInstances ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          Process instances
        </Title>
        {canAct && (
          <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => setExportAll(true)}>
            Export Search Results
          </Button>
        )}
      </Group>

      <Group align="flex-end" gap="sm">
        <Button variant={filterOpen ? 'filled' : 'default'} leftSection={<IconFilter size={16} aria-hidden />} aria-expanded={filterOpen} onClick={() => setFilterOpen((o) => !o)}>
          Filter
        </Button>
        <form onSubmit={searchReference} role="search" aria-label="Search by Reference ID">
          <Group gap="xs" align="flex-end">
            <TextInput label="Reference ID" placeholder="e.g. 01M8YE6EQCBBGPF97C9KM3E4MX" w={320} value={reference} onChange={(e) => setReference(e.currentTarget.value)} />
            <Button type="submit" variant="default" leftSection={<IconSearch size={16} aria-hidden />}>
              Search
            </Button>
          </Group>
        </form>
      </Group>

      <Collapse in={filterOpen}>
        <FilterPanel initial={search} onApply={(values) => go({ status: undefined, processDefnName: undefined, createdFrom: undefined, createdTo: undefined, processTokenId: undefined, paramName: undefined, paramValue: undefined, ...values })} />
      </Collapse>

      <Paper withBorder>
        {page.isPending ? (
          <Loading label="Loading process instances…" />
        ) : page.isError ? (
          <LoadError what="Process instances" error={page.error} onRetry={() => void page.refetch()} />
        ) : rows.length === 0 ? (
          <Empty title="No process instances">
            {Object.values(filters).some((v) => v !== undefined) ? 'None match these filters. Change or clear the filters to see more.' : 'Instances appear here when applicants start a workflow.'}
          </Empty>
        ) : (
          <Table striped highlightOnHover verticalSpacing="xs" aria-label="Process instances" aria-busy={page.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Applicant Name</Table.Th>
                <Table.Th>Process</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th>Duration</Table.Th>
                <Table.Th>Status</Table.Th>
                {canAct && <Table.Th>Action</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((i) => {
                const name = applicantName(i);
                return (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <AnchorLink to="/process-instances/$id" params={{ id: i.id }}>
                        {name ?? NOT_AVAILABLE}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      {i.processDefnName} <Text span c="dimmed" size="sm">v{i.processDefnVersion}</Text>
                    </Table.Td>
                    <Table.Td>{formatDateTime(i.createdDtm)}</Table.Td>
                    <Table.Td>{formatDuration(durationOf(i))}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={i.status} />
                    </Table.Td>
                    {canAct && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <Tooltip label="Export">
                            <ActionIcon variant="subtle" color="gray.8" aria-label="Export" onClick={() => setToExport(i)}>
                              <IconDownload size={18} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                          {canDelete && (
                            <Tooltip label="Delete">
                              <ActionIcon variant="subtle" color="#c92a2a" aria-label="Delete" onClick={() => setToDelete(i)}>
                                <IconTrash size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Group justify="space-between">
        <Select
          label="Page size"
          w={120}
          data={PAGE_SIZES.map(String)}
          value={String(limit)}
          allowDeselect={false}
          onChange={(v) => go({ limit: Number(v) })}
        />
        <Group gap="xs">
          {search.cursor && previous.length === 0 && (
            <Button variant="default" onClick={() => go({})}>
              First page
            </Button>
          )}
          <Button
            variant="default"
            disabled={previous.length === 0}
            onClick={() => {
              const back = previous[previous.length - 1];
              setPrevious((p) => p.slice(0, -1));
              void navigate({ search: (prev: ListSearch) => ({ ...prev, cursor: back || undefined }) });
            }}
          >
            Previous page
          </Button>
          <Button
            variant="default"
            disabled={!page.data?.nextCursor}
            onClick={() => {
              setPrevious((p) => [...p, search.cursor ?? '']);
              go({ cursor: page.data?.nextCursor ?? undefined }, true);
            }}
          >
            Next page
          </Button>
        </Group>
      </Group>

      <ExportPasswordModal
        opened={exportAll}
        title="Export Search Results"
        description="Every process instance that matches the current filters (at most 10,000) goes into one CSV, in a ZIP encrypted with AES-256 with this password."
        onClose={() => setExportAll(false)}
        onExport={(password) => exportSearch.mutateAsync({ password, filters })}
      />
      <ExportPasswordModal
        opened={toExport !== null}
        title="Export process instance"
        description={`All data of ${toExport ? (applicantName(toExport) ?? toExport.id) : ''}'s process instance, in a ZIP encrypted with AES-256 with this password.`}
        onClose={() => setToExport(null)}
        onExport={(password) => exportOne.mutateAsync({ id: toExport?.id ?? '', password })}
      />
      <ConfirmDeleteModal
        opened={toDelete !== null}
        name={toDelete ? (applicantName(toDelete) ?? toDelete.id) : ''}
        busy={del.isPending}
        error={del.error}
        onCancel={() => {
          del.reset();
          setToDelete(null);
        }}
        onConfirm={() => toDelete && del.mutate(toDelete.id, { onSuccess: () => setToDelete(null) })}
      />
    </Stack>
  );
}

export const instancesRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: '/',
  validateSearch: (raw: Record<string, unknown>): ListSearch => parseListSearch(raw),
  component: InstancesPage,
});
