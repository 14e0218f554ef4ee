import type { prepareUploads as PrepareUploads } from "@/lib/attachments/client-upload";

type Prepared = Awaited<ReturnType<typeof PrepareUploads>>;

/**
 * Start loading the photo downscaler (lib/attachments/client-upload), which a form needs only once it is
 * submitted, and return the step that prepares the files of `field` with it. When the module cannot be
 * loaded (a phone losing its connection), the files go as they are: the server checks their limits, and
 * the citizen's submission is not lost on the way.
 */
export function preparingUploads(): (fd: FormData, field: string) => Promise<Prepared> {
  const loading = import("@/lib/attachments/client-upload").then(
    (m) => m.prepareUploads,
    () => null,
  );
  return async (fd, field) => {
    const prepare = await loading;
    if (prepare) return prepare(fd, field);
    let bytes = 0;
    for (const v of fd.getAll(field)) if (typeof v !== "string") bytes += v.size;
    return { bytes };
  };
}
