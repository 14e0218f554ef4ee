import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";
import { appUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the JSON API. */
export function GET() {
  return NextResponse.json(openApiDocument(appUrl()));
}
