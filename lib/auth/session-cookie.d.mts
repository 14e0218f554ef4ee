/** Whether a Cookie header carries an Auth.js session cookie (plain, `__Secure-`, or chunked). */
export function hasSessionCookie(cookieHeader: string | null | undefined): boolean;
