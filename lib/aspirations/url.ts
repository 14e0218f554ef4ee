/** The public base URL for links in messages (lib/env.ts reads APP_URL). */
export { appUrl } from "@/lib/env";
