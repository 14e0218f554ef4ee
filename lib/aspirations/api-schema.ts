import { z } from "zod";
import { apiTimestamp } from "@/lib/openapi/zod";
import { ASPIRATION_STATUSES } from "./constants";

// What the /api/v1/aspirasi routes answer; ./api.ts and the route are typed by these and
// ./openapi.ts documents them. Kept apart from ./schema, which the browser's form validation loads.

/** The public tracking view the API returns (GET /api/v1/aspirasi/{trackingCode}); no personal data. */
export const trackingResponseSchema = z.strictObject({
  trackingCode: z.string().meta({ examples: ["ASP-7KX9-Q2MD"] }),
  title: z.string().nullable().meta({ description: "null untuk aspirasi rahasia" }),
  status: z.enum(ASPIRATION_STATUSES),
  category: z.string(),
  area: z.string(),
  createdAt: apiTimestamp(),
  routedTo: z.array(z.string()),
  externalAgency: z.string().nullable(),
  mergedInto: z.string().nullable().meta({ description: "Kode lacak aspirasi induk bila digabung" }),
  rating: z.number().int().nullable(),
  timeline: z.array(
    z.strictObject({
      at: apiTimestamp(),
      status: z.enum(ASPIRATION_STATUSES).nullable(),
      note: z.string().nullable(),
      by: z.string(),
    }),
  ),
});

/** The answer to a new aspiration. */
export const submittedResponseSchema = z.strictObject({
  trackingCode: z.string().meta({ examples: ["ASP-7KX9-Q2MD"] }),
});
