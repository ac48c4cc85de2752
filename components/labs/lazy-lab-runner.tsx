"use client";

import dynamic from "next/dynamic";

// Loaded only on lessons with a lab; the editor stays out of every other lesson's bundle.
export const LabRunner = dynamic(() => import("./lab-runner").then((m) => m.LabRunner));
