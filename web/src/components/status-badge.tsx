import { Badge } from '@mantine/core';
import { statusInfo } from '../lib/statuses';

/** An instance status as its label, in its colour. */
export function StatusBadge({ status }: { status: string }) {
  const info = statusInfo(status);
  return (
    <Badge color={info.color} autoContrast variant="filled" title={info.value}>
      {info.label}
    </Badge>
  );
}
