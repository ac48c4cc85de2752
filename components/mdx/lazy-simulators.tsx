"use client";

import dynamic from "next/dynamic";

// Loaded only on lessons that use them, so other lesson pages carry none of their code.
export const HpaCalculator = dynamic(() => import("./simulators/hpa-calculator").then((m) => m.HpaCalculator));
export const VpaVsHpa = dynamic(() => import("./simulators/vpa-vs-hpa").then((m) => m.VpaVsHpa));
export const NodeScalingSimulator = dynamic(() => import("./simulators/node-scaling-simulator").then((m) => m.NodeScalingSimulator));
