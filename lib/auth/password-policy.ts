/** Password length limits, shared by the auth server and the sign-up form (no server code here). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
