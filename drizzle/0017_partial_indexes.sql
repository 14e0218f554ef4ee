ALTER TABLE "aspirations" DROP CONSTRAINT "aspirations_source_ref_unique";--> statement-breakpoint
DROP INDEX "audit_log_actor_idx";--> statement-breakpoint
DROP INDEX "aspirations_komisi_created_idx";--> statement-breakpoint
DROP INDEX "aspirations_komisi_verified_idx";--> statement-breakpoint
DROP INDEX "aspirations_merged_idx";--> statement-breakpoint
DROP INDEX "pokir_reses_idx";--> statement-breakpoint
DROP INDEX "pokir_aspiration_idx";--> statement-breakpoint
DROP INDEX "pokir_merged_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "aspirations_source_ref_idx" ON "aspirations" USING btree ("source_ref") WHERE "aspirations"."source_ref" is not null;--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id") WHERE "audit_log"."actor_id" is not null;--> statement-breakpoint
CREATE INDEX "aspirations_komisi_created_idx" ON "aspirations" USING btree ("routed_komisi_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "aspirations"."routed_komisi_id" is not null;--> statement-breakpoint
CREATE INDEX "aspirations_komisi_verified_idx" ON "aspirations" USING btree ("routed_komisi_id","verified_at","status","dapil_id","routed_to_dapil") WHERE "aspirations"."routed_komisi_id" is not null;--> statement-breakpoint
CREATE INDEX "aspirations_merged_idx" ON "aspirations" USING btree ("merged_into_id") WHERE "aspirations"."merged_into_id" is not null;--> statement-breakpoint
CREATE INDEX "pokir_reses_idx" ON "pokir_proposals" USING btree ("reses_id") WHERE "pokir_proposals"."reses_id" is not null;--> statement-breakpoint
CREATE INDEX "pokir_aspiration_idx" ON "pokir_proposals" USING btree ("aspiration_id") WHERE "pokir_proposals"."aspiration_id" is not null;--> statement-breakpoint
CREATE INDEX "pokir_merged_idx" ON "pokir_proposals" USING btree ("merged_into_id") WHERE "pokir_proposals"."merged_into_id" is not null;