/** One invalid field of a `validation_failed` answer. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * A failed call to Sportello's API, in the error shape every endpoint answers
 * with: `{"error":{"code","message","details"}}`. The UI shows `message`;
 * `code` is stable and may be translated.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The fields a 422 `validation_failed` names, for showing next to the inputs. */
  get fieldErrors(): FieldError[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldError => typeof d === 'object' && d !== null && typeof d.field === 'string' && typeof d.message === 'string',
    );
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/**
 * Turns a failed answer into an ApiError. Bodies in the contract's shape keep
 * their code, message and details; anything else (a proxy's HTML page, an
 * empty body) still gives the status and a readable message.
 */
export function apiErrorFromBody(status: number, body: unknown, statusText = ''): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
      if (typeof code === 'string' && typeof message === 'string') return new ApiError(status, code, message, details);
    }
  }
  const text = typeof body === 'string' ? body.trim().slice(0, 200) : '';
  const message = text && !text.startsWith('<') ? text : `${status} ${statusText}`.trim();
  return new ApiError(status, `http_${status}`, message);
}

/** Reads the body of a failed Response (JSON or text) into an ApiError. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON: the text itself is the best message there is.
  }
  return apiErrorFromBody(response.status, body, response.statusText);
}

/** fetch() itself failed: the server is down or the network is gone. */
export function networkError(cause: unknown): ApiError {
  return new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause), undefined, { cause });
}
