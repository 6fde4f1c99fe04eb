// A modal with one form: an optional intro, the server's error above the fields, Cancel and
// Save below. Shared by the asset, department and administration dialogs so that they look and
// behave alike (close button label, focus, button order).
import { Alert, Button, Group, Modal, type ModalProps, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.tsx';

export function FormModal(props: {
  title: string;
  /** Defaults to open: most callers mount the modal only while it is shown. */
  opened?: boolean;
  size?: ModalProps['size'];
  /** A short dimmed text above the error and the fields. */
  intro?: ReactNode;
  onClose: () => void;
  onSubmit: () => void;
  saving: boolean;
  error: unknown;
  /** Draws the error instead of the default title + details alert (may return null, e.g. when the fields show it). */
  renderError?: (error: unknown) => ReactNode;
  submitLabel?: string;
  canSave?: boolean;
  /** Skip the browser's own validation when the server's field errors are shown instead. */
  noValidate?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal opened={props.opened ?? true} onClose={props.onClose} title={props.title} closeButtonProps={{ 'aria-label': t('common.close') }} size={props.size}>
      <form
        noValidate={props.noValidate}
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <Stack>
          {props.intro && (
            <Text size="sm" c="dimmed">
              {props.intro}
            </Text>
          )}
          {props.error ? (props.renderError ?? defaultError)(props.error) : null}
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.saving} disabled={props.canSave === false}>
              {props.submitLabel ?? t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function defaultError(error: unknown) {
  const e = error as ApiError;
  return (
    <Alert color="red" title={e.message}>
      {e.details?.join('; ')}
    </Alert>
  );
}
