import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useDefinitions } from '../api/definitions';
import { useParameterNames } from '../api/instances';
import type { ListSearch } from '../lib/list-search';
import { INSTANCE_STATUSES } from '../lib/statuses';

const STANDARD_PARAMETERS = ['firstName', 'lastName', 'email', 'phoneNumber', 'referenceID', 'dateOfBirth', 'nationality'];

type PanelValues = Pick<ListSearch, 'status' | 'processDefnName' | 'createdFrom' | 'createdTo' | 'processTokenId' | 'paramName' | 'paramValue'>;

/** The list's "Filter" panel: applied as a whole, so the URL changes once per search. */
export function FilterPanel({ initial, onApply }: { initial: PanelValues; onApply: (values: PanelValues) => void }) {
  const [values, setValues] = useState<PanelValues>(initial);
  // The URL is the truth: a back/forward navigation or a bookmark refills the form.
  const { status, processDefnName, createdFrom, createdTo, processTokenId, paramName, paramValue } = initial;
  useEffect(() => {
    setValues({ status, processDefnName, createdFrom, createdTo, processTokenId, paramName, paramValue });
  }, [status, processDefnName, createdFrom, createdTo, processTokenId, paramName, paramValue]);
  const definitions = useDefinitions();
  const parameterNames = useParameterNames();
  const set = (patch: Partial<PanelValues>) => setValues((v) => ({ ...v, ...patch }));
  const definitionNames = [...new Set((definitions.data?.definitions ?? []).map((d) => d.name))].sort();
  const paramNames = [...new Set([...STANDARD_PARAMETERS, ...(parameterNames.data?.names ?? [])])].sort();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    const empty: PanelValues = {};
    setValues(empty);
    onApply(empty);
  };

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label="Filter process instances">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <MultiSelect
          label="Status"
          placeholder={values.status ? undefined : 'Any status'}
          data={INSTANCE_STATUSES.map((s) => ({ value: s.value, label: s.label }))}
          value={values.status ? values.status.split(',') : []}
          onChange={(v) => set({ status: v.length ? v.join(',') : undefined })}
          clearable
        />
        <Select
          label="Process definition"
          placeholder="Any definition"
          data={definitionNames}
          value={values.processDefnName ?? null}
          onChange={(v) => set({ processDefnName: v ?? undefined })}
          clearable
          searchable
        />
        <TextInput label="Created from" description="UTC day" type="date" value={values.createdFrom ?? ''} onChange={(e) => set({ createdFrom: e.currentTarget.value || undefined })} />
        <TextInput label="Created to" description="UTC day, included" type="date" value={values.createdTo ?? ''} onChange={(e) => set({ createdTo: e.currentTarget.value || undefined })} />
        <TextInput label="Process token" placeholder="Token ID" value={values.processTokenId ?? ''} onChange={(e) => set({ processTokenId: e.currentTarget.value.trim() || undefined })} />
        <Select
          label="Parameter"
          placeholder="Token parameter"
          data={paramNames}
          value={values.paramName ?? null}
          onChange={(v) => set({ paramName: v ?? undefined })}
          clearable
          searchable
        />
        <TextInput
          label="Parameter value"
          description="Exact match, case-sensitive"
          value={values.paramValue ?? ''}
          onChange={(e) => set({ paramValue: e.currentTarget.value || undefined })}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={clear}>
          Clear filters
        </Button>
        <Button type="submit">Apply filters</Button>
      </Group>
    </Paper>
  );
}
