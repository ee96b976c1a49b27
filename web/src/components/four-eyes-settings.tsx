import { Button, Group, MultiSelect, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useReviewSettings, useSaveReviewSettings } from '../api/review-settings';
import { INSTANCE_STATUSES } from '../lib/statuses';
import { LoadError, Loading } from './query-states';

/** The tenant's four-eyes rule (admin): which overrides of an instance in review need a second reviewer. */
export function FourEyesSettings() {
  const settings = useReviewSettings();
  const save = useSaveReviewSettings();
  const [enabled, setEnabled] = useState(true);
  const [statuses, setStatuses] = useState<string[]>([]);
  const loaded = settings.data?.fourEyes;
  useEffect(() => {
    if (!loaded) return;
    setEnabled(loaded.enabled);
    setStatuses(loaded.statuses);
  }, [loaded]);
  return (
    <Paper withBorder p="md" component="section" aria-label="Four-eyes review">
      <Title order={2} size="h4" mb="xs">
        Four-eyes review
      </Title>
      {settings.isPending ? (
        <Loading label="Loading the setting…" />
      ) : settings.isError ? (
        <LoadError what="The four-eyes setting" error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            When on, a reviewer's change of an instance in Review to one of these statuses is a proposal that another reviewer must approve.
          </Text>
          <Switch label="Require a second reviewer" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
          <MultiSelect
            label="Statuses that need a second reviewer"
            data={INSTANCE_STATUSES.map((s) => ({ value: s.value, label: s.label }))}
            value={statuses}
            onChange={setStatuses}
            disabled={!enabled}
            maw={520}
          />
          <Group>
            <Button loading={save.isPending} onClick={() => save.mutate({ fourEyes: { enabled, statuses } })}>
              Save setting
            </Button>
            {save.isSuccess && <Text size="sm" role="status">Saved.</Text>}
            {save.error && <Text c="#c92a2a" size="sm" role="alert">{save.error.message}</Text>}
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
