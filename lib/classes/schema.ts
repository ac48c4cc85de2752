import { z } from "zod";

/** Invite codes: 12 characters of Crockford's base32 (no I, L, O, U), shown in groups of four. */
export const INVITE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const INVITE_LENGTH = 12;

/** Accepts a code as typed or pasted: any case, with or without the dashes and spaces of its display form. */
export const inviteCodeSchema = z
  .string()
  .max(40)
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${INVITE_ALPHABET}]{${INVITE_LENGTH}}$`), "an invite code has 12 letters and digits"));

export const classIdSchema = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "a class id (a UUID)");

export const createClassSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "give the class a name")
      .max(80, "at most 80 characters")
      .refine((name) => !/[\u0000-\u001f\u007f]/.test(name) && name.isWellFormed(), "the name holds a control character or invalid Unicode"),
  })
  .strict();
export type CreateClassInput = z.infer<typeof createClassSchema>;

export const joinClassSchema = z.object({ code: inviteCodeSchema }).strict();
export type JoinClassInput = z.infer<typeof joinClassSchema>;
