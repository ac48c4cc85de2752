import { randomInt } from "node:crypto";
import { INVITE_ALPHABET, INVITE_LENGTH } from "./schema";

/**
 * A new invite code: 12 symbols drawn uniformly by the system's CSPRNG from a 32-letter alphabet,
 * 60 bits, so guessing one is hopeless even at the join endpoint's full speed.
 */
export function generateInviteCode(): string {
  let code = "";
  for (let i = 0; i < INVITE_LENGTH; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** "ABCD-EFGH-JKMN": easier to read out and type. */
export function formatInviteCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
