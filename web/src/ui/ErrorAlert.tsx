import { Alert, Button, List, Stack, Text, type AlertProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-error';

export interface ErrorAlertProps extends Omit<AlertProps, 'title' | 'children'> {
  /** What a query or mutation failed with: an ApiError shows the server's message and field errors. */
  error: unknown;
  /** Shows a "Try again" button. */
  onRetry?: () => void;
}

/**
 * A failed call, said plainly: a title in the user's language (by error code
 * where one is known), then the server's own message and the fields it named.
 */
export function ErrorAlert({ error, onRetry, ...props }: ErrorAlertProps) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : null;
  const title = apiError ? t(`errors.codes.${apiError.code}`, { defaultValue: t('errors.title') }) : t('errors.title');
  const message = error instanceof Error ? error.message : String(error);
  const fields = apiError?.fieldErrors ?? [];

  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert" {...props}>
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {fields.length > 0 && (
          <>
            <Text size="sm">{t('errors.fields')}</Text>
            <List size="sm">
              {fields.map((field) => (
                <List.Item key={`${field.field}:${field.message}`}>
                  <b>{field.field}</b>: {field.message}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {onRetry && (
          <div>
            <Button size="xs" variant="light" color="red" onClick={onRetry}>
              {t('states.retry')}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
