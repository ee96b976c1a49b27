import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';

const MIN = 8;

/**
 * Asks twice for the password that protects an export (AES-256 ZIP) and runs it.
 * The password never leaves this form except in the export request itself.
 */
export function ExportPasswordModal(props: {
  opened: boolean;
  title: string;
  description: string;
  onClose: () => void;
  onExport: (password: string) => Promise<unknown>;
}) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setPassword('');
    setConfirm('');
    setError(null);
    props.onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN) return setError(`The password needs at least ${MIN} characters.`);
    if (password !== confirm) return setError('The two passwords differ: type the same password twice.');
    setBusy(true);
    setError(null);
    try {
      await props.onExport(password);
      close();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={props.opened} onClose={close} title={props.title} centered>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text size="sm">{props.description}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <PasswordInput label="Password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} data-autofocus />
          <PasswordInput label="Confirm password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Download ZIP
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
