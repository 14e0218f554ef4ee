import { memberProposalSchema, proposalContentSchema, publicProposalSchema } from "@/lib/pokir/schema";
import { fieldErrorsOf } from "@/lib/validation";
import type { Validate } from "@/components/form/use-lazy-validation";
import type { ProposalMode } from "./use-proposal-form";

const SCHEMAS = { public: publicProposalSchema, correct: proposalContentSchema, member: memberProposalSchema };

/** The proposal form's validator for one mode: the server's schema (imported on demand). */
export function proposalValidator(mode: ProposalMode): Validate {
  const schema = SCHEMAS[mode];
  return (values) => {
    const r = schema.safeParse(values);
    return r.success ? {} : fieldErrorsOf(r.error);
  };
}
