import { NextResponse } from "next/server";
import type { z } from "zod";
import { protectedRoute, readJson } from "@/lib/http/route";
import { apiListQuery, filesFromBody, outgoingDraftCreatedDto, outgoingListDto } from "@/lib/letters/api";
import { MAX_JSON_BODY_BYTES } from "@/lib/attachments/limits";
import { createOutgoingDraft } from "@/lib/letters/outgoing";
import { listOutgoing } from "@/lib/letters/outgoing-read";
import { apiListSigned } from "@/lib/epaper/api";
import type { signedLetterListSchema } from "@/lib/letters/api-schema";

export const dynamic = "force-dynamic";

/**
 * Search outgoing letters (staff; read-scope tokens allowed). `?status=ditandatangani` lists the
 * electronically signed (E-Paper) letters with their verification codes instead.
 */
export const GET = protectedRoute("letter.read", async (req, _ctx, actor) => {
  if (new URL(req.url).searchParams.get("status") === "ditandatangani")
    return NextResponse.json({ items: await apiListSigned(actor) } satisfies z.output<typeof signedLetterListSchema>);
  return NextResponse.json(outgoingListDto(await listOutgoing(actor, apiListQuery(req.url))));
});

/** Create an outgoing letter draft; its number is issued when it is approved in the back office. */
export const POST = protectedRoute("letter.register", async (req, _ctx, actor) => {
  const { fields, files } = filesFromBody(await readJson(req, MAX_JSON_BODY_BYTES), "lampiran");
  const body = outgoingDraftCreatedDto(await createOutgoingDraft(actor, fields, files));
  return NextResponse.json(body, { status: 201, headers: { location: body.url } });
});
