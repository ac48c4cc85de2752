import { z } from "zod";
import { reviewRatings, type ReviewRating } from "./scheduler";

export const rateSchema = z.object({ questionId: z.string().min(1).max(40), rating: z.enum(reviewRatings) }).strict();
export type RateInput = z.infer<typeof rateSchema>;

export type ReviewQueue = { count: number; questionIds: string[]; nextDue: string | null };
export type RateResult = { questionId: string; rating: string; due: string; intervals: Record<string, string> };

/** The query of GET /api/review/preview. */
export const previewSchema = z.object({ questionId: z.string().min(1).max(40) }).strict();

export type PreviewResult = { questionId: string; now: string; intervals: Record<ReviewRating, string> };
