ALTER TABLE "reses_reports" ADD COLUMN "pdf" "bytea";--> statement-breakpoint
ALTER TABLE "reses_reports" ADD COLUMN "sha256" text;