"use client";

import { useEffect, useState } from "react";

/** A thin bar under the header showing how far through the lesson the reader is. */
export function ReadingProgress({ label }: { label: string }) {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const max = document.documentElement.scrollHeight - window.innerHeight;
      setPercent(max > 0 ? Math.min(100, Math.round((window.scrollY / max) * 100)) : 100);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    // First reading on the next frame, not during hydration: reading scrollHeight here would force a
    // style and layout pass of the whole lesson in the middle of hydrating it.
    schedule();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="fixed inset-x-0 top-0 z-40 h-1 bg-transparent print:hidden"
      data-testid="reading-progress"
    >
      <div className="h-full bg-brand-600 transition-[width] duration-75 motion-reduce:transition-none" style={{ width: `${percent}%` }} />
    </div>
  );
}
