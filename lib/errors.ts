/** A failure the caller can act on, with a stable code and the HTTP status it maps to. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (message = "no such attempt") => new DomainError(404, "not_found", message);
