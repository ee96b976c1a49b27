import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label/value pairs as a description list, so a screen reader reads each value with its label. */
export function FieldGrid({ fields, cols = 4 }: { fields: Array<{ label: string; value: ReactNode }>; cols?: number }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: cols }} spacing="sm" verticalSpacing="xs" m={0}>
      {fields.map((f) => (
        <Stack key={f.label} gap={0}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {f.label}
          </Text>
          <Text component="dd" m={0} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {f.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
