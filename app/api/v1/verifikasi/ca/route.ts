import { errors } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { organisationCaPem } from "@/lib/signing/authority";

export const dynamic = "force-dynamic";

/** The organisation CA certificate (PEM), so anyone can trust it in a PDF reader or with pdfsig. */
export const GET = route(async () => {
  const pem = await organisationCaPem();
  if (!pem) throw errors.notFound("Sertifikat CA");
  return new Response(pem, {
    headers: {
      "content-type": "application/x-pem-file",
      "content-disposition": 'attachment; filename="si-dilan-ca.pem"',
      "cache-control": "public, max-age=3600",
    },
  });
});
