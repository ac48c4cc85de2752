import "server-only";
import { DomainError } from "../errors";
import { classIdSchema } from "./schema";

/** A class id from the path: only ever a UUID, so anything else is a 400 before a query runs. */
export async function readClassId(params: Promise<Record<string, string | string[] | undefined>>): Promise<string> {
  const { id } = await params;
  const parsed = classIdSchema.safeParse(id);
  if (!parsed.success) throw new DomainError(400, "invalid_id", "the class id in the path is not valid");
  return parsed.data;
}
