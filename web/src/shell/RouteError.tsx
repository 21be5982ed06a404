import { Box } from '@mantine/core';
import { useRouteError } from 'react-router';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * What a page shows when rendering it threw or its code could not be loaded
 * (e.g. a new build replaced the old files): the error, and a reload.
 */
export function RouteError() {
  const error = useRouteError();
  return (
    <Box p="md">
      <ErrorAlert error={error} onRetry={() => window.location.reload()} />
    </Box>
  );
}
