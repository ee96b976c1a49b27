import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';

/** The confirmation before a process instance and all its data are deleted. */
export function ConfirmDeleteModal(props: { opened: boolean; name: string; busy: boolean; error: Error | null; onCancel: () => void; onConfirm: () => void }) {
  return (
    <Modal opened={props.opened} onClose={props.onCancel} title="Delete process instance" centered>
      <Stack>
        <Text size="sm">
          Delete the process instance of <b>{props.name}</b>? Its results, documents and images are removed for good; the audit log keeps a record of the deletion.
        </Text>
        {props.error && (
          <Alert color="red" role="alert">
            {props.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color="red" loading={props.busy} onClick={props.onConfirm}>
            OK
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
