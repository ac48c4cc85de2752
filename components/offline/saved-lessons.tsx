"use client";

import { useEffect, useState } from "react";
import { secondaryButton } from "@/components/ui/styles";

type Lesson = { href: string; title: string };

/** The lessons of this language the service worker has stored on this device, read from Cache Storage. */
export function SavedLessons({ lessons, t }: { lessons: Lesson[]; t: { saved: string; none: string; retry: string } }) {
  const [saved, setSaved] = useState<Lesson[] | null>(null);
  useEffect(() => {
    let live = true;
    async function read() {
      if (!("caches" in window)) return [];
      const names = (await caches.keys()).filter((name) => name.startsWith("eks-course-") && name.endsWith("-pages"));
      const paths = new Set<string>();
      for (const name of names) for (const request of await (await caches.open(name)).keys()) paths.add(new URL(request.url).pathname);
      return lessons.filter((lesson) => paths.has(lesson.href));
    }
    read()
      .catch(() => [])
      .then((found) => live && setSaved(found));
    return () => {
      live = false;
    };
  }, [lessons]);
  return (
    <section aria-labelledby="saved-lessons" className="mt-8">
      <h2 id="saved-lessons" className="text-xl font-semibold">
        {t.saved}
      </h2>
      {saved === null ? null : saved.length ? (
        <ul className="mt-3 list-disc space-y-1 pl-6" data-testid="saved-lessons">
          {saved.map((lesson) => (
            <li key={lesson.href}>
              <a href={lesson.href} className="text-brand-700 underline dark:text-brand-300">
                {lesson.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-zinc-700 dark:text-zinc-300" data-testid="saved-lessons-none">
          {t.none}
        </p>
      )}
      <button type="button" onClick={() => window.location.reload()} className={`${secondaryButton} mt-6`}>
        {t.retry}
      </button>
    </section>
  );
}
