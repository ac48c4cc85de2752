"use client";

import { useEffect, useRef, useState } from "react";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  t: Messages["quiz"];
  deadline: string;
  /** server clock − browser clock, measured when the attempt was fetched */
  offset: number;
  onExpire: () => void;
};

const FIVE_MINUTES = 5 * 60_000;
const ONE_MINUTE = 60_000;

export function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Counts down to the server's deadline; announces 5 and 1 minutes left; calls onExpire once at 0. */
export function ExamTimer({ t, deadline, offset, onExpire }: Props) {
  const end = Date.parse(deadline);
  const [remaining, setRemaining] = useState(() => end - (Date.now() + offset));
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef(remaining);
  const expired = useRef(false);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  });

  useEffect(() => {
    const tick = () => {
      const left = end - (Date.now() + offset);
      const before = previous.current;
      if (before > FIVE_MINUTES && left <= FIVE_MINUTES && left > ONE_MINUTE) setAnnouncement(t.fiveMinutesLeft);
      if (before > ONE_MINUTE && left <= ONE_MINUTE && left > 0) setAnnouncement(t.oneMinuteLeft);
      previous.current = left;
      setRemaining(left);
      if (left <= 0 && !expired.current) {
        expired.current = true;
        setAnnouncement(t.timeUp);
        expire.current();
      }
    };
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [end, offset, t]);

  const low = remaining <= FIVE_MINUTES;
  return (
    <div
      className={`inline-flex items-center gap-2 rounded-lg border px-3 py-1.5 ${
        low ? "border-red-700 text-red-800 dark:border-red-400 dark:text-red-200" : "border-zinc-300 dark:border-zinc-700"
      }`}
    >
      {low && (
        <span aria-hidden="true" className="grid size-5 place-items-center rounded-full border-2 border-current text-xs font-bold">
          !
        </span>
      )}
      <span className="hidden text-sm sm:inline">{t.timer}</span>
      <span role="timer" aria-label={t.timer} className="font-mono text-lg font-semibold tabular-nums" data-testid="quiz-timer" data-remaining-ms={Math.max(0, Math.round(remaining))}>
        {formatRemaining(remaining)}
      </span>
      <span aria-live="polite" className="sr-only" data-testid="quiz-timer-announcement">
        {announcement}
      </span>
    </div>
  );
}
