/**
 * How long in-flight requests may take to finish after SIGTERM before their connections are closed.
 * deploy/'s terminationGracePeriodSeconds must cover the preStop pause plus this (tests/unit/deploy.test.ts).
 */
export const SHUTDOWN_TIMEOUT_MS = 15_000;
