/** The typography of a lesson's article: shared by the lesson page and the instructor's preview, so both look the same. */
export const lessonProseClass =
  "prose prose-zinc max-w-3xl dark:prose-invert prose-headings:scroll-mt-20 prose-code:before:content-none prose-code:after:content-none prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-pre:p-0";
