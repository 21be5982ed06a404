export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ErrorAlert, type ErrorAlertProps } from './ErrorAlert';
export { Loading } from './Loading';
export { PageHeader, type PageHeaderProps } from './PageHeader';
