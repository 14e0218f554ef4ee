CREATE TYPE "public"."delegation_mode" AS ENUM('an', 'plh');--> statement-breakpoint
CREATE TYPE "public"."epaper_delivery_channel" AS ENUM('email', 'cetak');--> statement-breakpoint
CREATE TYPE "public"."epaper_delivery_kind" AS ENUM('tujuan', 'tembusan');--> statement-breakpoint
CREATE TYPE "public"."epaper_status" AS ENUM('draf', 'paraf', 'menunggu_tte', 'ditandatangani', 'dibatalkan');--> statement-breakpoint
CREATE TYPE "public"."paraf_status" AS ENUM('menunggu', 'disetujui', 'dikembalikan');--> statement-breakpoint
CREATE TABLE "epaper_delegations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"principal_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL,
	"mode" "delegation_mode" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "epaper_delegation_dates" CHECK ("epaper_delegations"."ends_on" >= "epaper_delegations"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "epaper_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"letter_id" uuid NOT NULL,
	"kind" "epaper_delivery_kind" NOT NULL,
	"channel" "epaper_delivery_channel" NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"outbox_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "epaper_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" integer NOT NULL,
	"status" "epaper_status" DEFAULT 'draf' NOT NULL,
	"nature" "letter_nature" DEFAULT 'biasa' NOT NULL,
	"attachments_note" text,
	"subject" text NOT NULL,
	"recipients" jsonb NOT NULL,
	"copies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"body" text NOT NULL,
	"classification_code" text NOT NULL,
	"signer_id" uuid NOT NULL,
	"signer_position" text NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"current_step" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outgoing_letter_id" uuid,
	"number" text,
	"letter_date" date,
	"code" text,
	"pdf" "bytea",
	"sha256" text,
	"signed_at" timestamp with time zone,
	"signed_by" uuid,
	"delegation_id" uuid,
	"certificate_subject" text,
	"supersedes_id" uuid,
	"correction_reason" text,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "epaper_letters_outgoing_letter_id_unique" UNIQUE("outgoing_letter_id"),
	CONSTRAINT "epaper_letters_code_unique" UNIQUE("code"),
	CONSTRAINT "epaper_signed_complete" CHECK ("epaper_letters"."status" <> 'ditandatangani' or ("epaper_letters"."pdf" is not null and "epaper_letters"."number" is not null and "epaper_letters"."code" is not null))
);
--> statement-breakpoint
CREATE TABLE "epaper_parafs" (
	"id" serial PRIMARY KEY NOT NULL,
	"letter_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "paraf_status" DEFAULT 'menunggu' NOT NULL,
	"note" text,
	"round" integer DEFAULT 1 NOT NULL,
	"acted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "epaper_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"heading" text,
	"default_subject" text DEFAULT '' NOT NULL,
	"default_classification" text,
	"body" text NOT NULL,
	"chain" jsonb NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "epaper_templates_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "epaper_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"letter_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"content" jsonb NOT NULL,
	"saved_by" uuid NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "epaper_versions_letter_rev_uq" UNIQUE("letter_id","revision")
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "attachment_name" text;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "attachment_data" "bytea";--> statement-breakpoint
ALTER TABLE "epaper_delegations" ADD CONSTRAINT "epaper_delegations_principal_id_users_id_fk" FOREIGN KEY ("principal_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_delegations" ADD CONSTRAINT "epaper_delegations_delegate_id_users_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_delegations" ADD CONSTRAINT "epaper_delegations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_deliveries" ADD CONSTRAINT "epaper_deliveries_letter_id_epaper_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."epaper_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_deliveries" ADD CONSTRAINT "epaper_deliveries_outbox_id_outbox_messages_id_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_deliveries" ADD CONSTRAINT "epaper_deliveries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_letters" ADD CONSTRAINT "epaper_letters_template_id_epaper_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."epaper_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_letters" ADD CONSTRAINT "epaper_letters_classification_code_classification_codes_code_fk" FOREIGN KEY ("classification_code") REFERENCES "public"."classification_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_letters" ADD CONSTRAINT "epaper_letters_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_letters" ADD CONSTRAINT "epaper_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_letters" ADD CONSTRAINT "epaper_letters_outgoing_letter_id_outgoing_letters_id_fk" FOREIGN KEY ("outgoing_letter_id") REFERENCES "public"."outgoing_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_letters" ADD CONSTRAINT "epaper_letters_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_letters" ADD CONSTRAINT "epaper_letters_delegation_id_epaper_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."epaper_delegations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_letters" ADD CONSTRAINT "epaper_letters_supersedes_id_epaper_letters_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."epaper_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_parafs" ADD CONSTRAINT "epaper_parafs_letter_id_epaper_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."epaper_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_parafs" ADD CONSTRAINT "epaper_parafs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_templates" ADD CONSTRAINT "epaper_templates_default_classification_classification_codes_code_fk" FOREIGN KEY ("default_classification") REFERENCES "public"."classification_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_versions" ADD CONSTRAINT "epaper_versions_letter_id_epaper_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."epaper_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "epaper_versions" ADD CONSTRAINT "epaper_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "epaper_delegations_delegate_idx" ON "epaper_delegations" USING btree ("delegate_id","starts_on");--> statement-breakpoint
CREATE INDEX "epaper_deliveries_letter_idx" ON "epaper_deliveries" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "epaper_status_idx" ON "epaper_letters" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "epaper_signer_idx" ON "epaper_letters" USING btree ("signer_id","status");--> statement-breakpoint
CREATE INDEX "epaper_created_by_idx" ON "epaper_letters" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "epaper_parafs_letter_idx" ON "epaper_parafs" USING btree ("letter_id","round","position");--> statement-breakpoint
CREATE INDEX "epaper_parafs_user_idx" ON "epaper_parafs" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "aspiration_events_answer_actor_idx" ON "aspiration_events" USING btree ("actor_id","aspiration_id","at") WHERE "aspiration_events"."public_note" is not null;--> statement-breakpoint
CREATE INDEX "aspirations_routed_dapil_verified_idx" ON "aspirations" USING btree ("dapil_id","verified_at","status") WHERE "aspirations"."routed_to_dapil";--> statement-breakpoint
CREATE INDEX "aspirations_komisi_verified_idx" ON "aspirations" USING btree ("routed_komisi_id","verified_at","status","dapil_id","routed_to_dapil");