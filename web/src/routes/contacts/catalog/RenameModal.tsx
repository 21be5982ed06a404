import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui';
import { fieldErrorsOf } from '../field-errors';

export interface RenameModalProps {
  title: string;
  label: string;
  initial: string;
  /** The server's field name of the text, to place its error under the input. */
  field: string;
  save: (value: string) => Promise<unknown>;
  onClose: () => void;
}

/** A new name (or label) for a tag, list or field. */
export function RenameModal({ title, label, initial, field, save, onClose }: RenameModalProps) {
  const { t } = useTranslation('contacts');
  const [value, setValue] = useState(initial);
  const rename = useMutation({ mutationFn: () => save(value.trim()), onSuccess: onClose });
  const error = fieldErrorsOf(rename.error)[field];
  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          rename.mutate();
        }}
      >
        <Stack>
          <TextInput label={label} value={value} onChange={(e) => setValue(e.currentTarget.value)} error={error} data-autofocus />
          {rename.error && !error && <ErrorAlert error={rename.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending} disabled={value.trim() === '' || value.trim() === initial}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
