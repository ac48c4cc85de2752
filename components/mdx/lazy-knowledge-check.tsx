"use client";

import dynamic from "next/dynamic";

// Loaded only on lessons with a knowledge check; the quiz UI stays out of every other lesson's bundle.
export const KnowledgeCheck = dynamic(() => import("./knowledge-check").then((m) => m.KnowledgeCheck));
