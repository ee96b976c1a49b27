/** Instance statuses with their labels (design §1) and the colour each label is shown in. */
export const INSTANCE_STATUSES = [
  { value: 'COMPLETED_ENDED_SUCCESS', label: 'Accepted', color: 'green.8' },
  { value: 'COMPLETED_TERMINATED', label: 'Abandoned', color: 'gray.7' },
  { value: 'COMPLETED_ENDED_ERROR', label: 'Declined', color: 'red.8' },
  { value: 'COMPLETED_PROCESS_ERROR', label: 'Error', color: 'orange.9' },
  { value: 'PENDING', label: 'Pending', color: 'gray.6' },
  { value: 'ACTIVE', label: 'In Progress', color: 'blue.8' },
  { value: 'REVIEW', label: 'Review', color: 'yellow.5' },
  { value: 'PAUSED', label: 'Paused', color: 'violet.8' },
] as const;

export function statusInfo(status: string) {
  return INSTANCE_STATUSES.find((s) => s.value === status) ?? { value: status, label: status, color: 'gray.6' };
}

/** Statuses a reviewer may set (finished ones). */
export const DECISION_STATUSES = INSTANCE_STATUSES.filter((s) => ['COMPLETED_ENDED_SUCCESS', 'COMPLETED_ENDED_ERROR', 'REVIEW', 'COMPLETED_TERMINATED'].includes(s.value));
