/** Instance statuses with their labels (design §1) and the colour each label is shown in. */
export const INSTANCE_STATUSES = [
  { value: 'COMPLETED_ENDED_SUCCESS', label: 'Accepted', color: '#1e7b34' },
  { value: 'COMPLETED_TERMINATED', label: 'Abandoned', color: 'gray.7' },
  { value: 'COMPLETED_ENDED_ERROR', label: 'Declined', color: '#c92a2a' },
  { value: 'COMPLETED_PROCESS_ERROR', label: 'Error', color: '#a63c00' },
  { value: 'PENDING', label: 'Pending', color: '#5c636a' },
  { value: 'ACTIVE', label: 'In Progress', color: '#1864ab' },
  { value: 'REVIEW', label: 'Review', color: '#fcc419' },
  { value: 'PAUSED', label: 'Paused', color: '#5f3dc4' },
] as const;

export function statusInfo(status: string) {
  return INSTANCE_STATUSES.find((s) => s.value === status) ?? { value: status, label: status, color: '#5c636a' };
}

/** Statuses a reviewer may set (finished ones). */
export const DECISION_STATUSES = INSTANCE_STATUSES.filter((s) => ['COMPLETED_ENDED_SUCCESS', 'COMPLETED_ENDED_ERROR', 'REVIEW', 'COMPLETED_TERMINATED'].includes(s.value));
