import { z } from "zod";

export const deleteAccountSchema = z.object({ password: z.string().min(1, "enter your password to confirm").max(128) }).strict();
export type DeleteAccount = z.infer<typeof deleteAccountSchema>;
