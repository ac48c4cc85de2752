/** The one place a form says how it went: errors are alerts, successes are polite announcements. */
export function FormStatus({ error, success, testId }: { error?: string | null; success?: string | null; testId: string }) {
  return (
    <>
      <p role="alert" className="mt-3 text-red-700 empty:hidden dark:text-red-300" data-testid={`${testId}-error`}>
        {error ?? ""}
      </p>
      <p role="status" className="mt-3 text-green-800 empty:hidden dark:text-green-300" data-testid={`${testId}-success`}>
        {success ?? ""}
      </p>
    </>
  );
}
