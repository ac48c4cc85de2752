/** Shapes the lab API returns, shared with the browser (no server code here). */
export type LabState = {
  labId: string;
  attempts: number;
  failures: number;
  passed: boolean;
  revealed: boolean;
  canReveal: boolean;
};

export type LabStatus = "solved" | "attempted" | "not_started";

export type LabSummary = { id: string; module: string; lesson: string; title: string; status: LabStatus; attempts: number; revealed: boolean };
