// Error containment for every handler: a failure is logged and the handler answers with a harmless fallback (an
// empty result, cleared diagnostics) instead of failing the request or taking the server down.

/** An error that is part of normal work (the document changed meanwhile): answered with the fallback, not logged. */
export interface ExpectedError {
  readonly expected: true;
}

function isExpected(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as Partial<ExpectedError>).expected === true;
}

export type ErrorLogger = (message: string) => void;

/** Wraps a handler so that a throw or a rejection logs `name` with the error and resolves to `fallback`. */
export function contained<Parameters extends unknown[], Result>(
  name: string,
  logError: ErrorLogger,
  fallback: (error: unknown) => Result,
  handler: (...parameters: Parameters) => Result | Promise<Result>,
): (...parameters: Parameters) => Promise<Result> {
  return async (...parameters) => {
    try {
      return await handler(...parameters);
    } catch (error) {
      if (!isExpected(error)) logError(`${name} failed: ${describeError(error)}`);
      return fallback(error);
    }
  };
}

/** The stack when there is one (for the log), else the message. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
