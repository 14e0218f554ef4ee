CREATE TABLE "password_setup_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_setup_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "trusted_roots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" text NOT NULL,
	"issuer" text NOT NULL,
	"serial_number" text NOT NULL,
	"fingerprint" text NOT NULL,
	"cert_pem" text NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trusted_roots_fingerprint_unique" UNIQUE("fingerprint")
);
--> statement-breakpoint
DROP INDEX "aspirations_kelurahan_idx";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "nik" text;--> statement-breakpoint
ALTER TABLE "meeting_types" ADD COLUMN "correction_day_kind" text DEFAULT 'kerja' NOT NULL;--> statement-breakpoint
ALTER TABLE "signer_certificates" ADD COLUMN "chain_verified" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "signer_certificates" ADD COLUMN "override" jsonb;--> statement-breakpoint
ALTER TABLE "password_setup_tokens" ADD CONSTRAINT "password_setup_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_roots" ADD CONSTRAINT "trusted_roots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_setup_tokens_user_idx" ON "password_setup_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "aspirations_kelurahan_created_idx" ON "aspirations" USING btree ("kelurahan_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "aspirations_public_created_idx" ON "aspirations" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "aspirations"."is_confidential" = false and "aspirations"."status" in ('diverifikasi', 'ditindaklanjuti', 'selesai', 'dialihkan');