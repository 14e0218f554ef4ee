import { submissionSchemaFor } from "@/lib/aspirations/schema";
import { fieldErrorsOf } from "@/lib/validation";
import type { Validate } from "@/components/form/use-lazy-validation";
import type { AreaOptions } from "./use-submission-form";

/** The web form's validator: the server's schema with its cross-field rules (imported on demand). */
export function submissionValidator(kelurahan: AreaOptions["kelurahan"]): Validate {
  const schema = submissionSchemaFor({ channel: "web", kelurahan });
  return (values) => {
    const r = schema.safeParse(values);
    return r.success ? {} : fieldErrorsOf(r.error);
  };
}
