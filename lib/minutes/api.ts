import type { z } from "zod";
import type { minutesListResponseSchema } from "./api-schema";
import type { listPublishedMinutes } from "./public";

type PublishedPage = Awaited<ReturnType<typeof listPublishedMinutes>>;

/** The API view of a page of published minutes (GET /api/v1/risalah), with absolute links on `appUrl`. */
export function minutesListDto(page: PublishedPage, appUrl: string): z.output<typeof minutesListResponseSchema> {
  const base = appUrl.replace(/\/$/, "");
  return {
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    items: page.items.map((i) => ({
      id: i.id,
      code: i.code,
      title: i.title,
      date: i.date,
      place: i.place,
      meetingType: i.typeName,
      documentVersion: i.documentVersion,
      pageCount: i.pageCount,
      size: i.size,
      publishedAt: i.publishedAt,
      superseded: i.supersededAt !== null,
      pdfUrl: `${base}/api/v1/risalah/${i.id}/pdf`,
      verifyUrl: `${base}/verifikasi/${i.code}`,
    })),
  };
}
