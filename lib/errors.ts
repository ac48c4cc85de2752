/** A failure the caller can act on, with a stable code and the HTTP status it maps to. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra fields for the error object (e.g. a lab manifest's diagnostics), beside code and message. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (message = "no such attempt") => new DomainError(404, "not_found", message);
