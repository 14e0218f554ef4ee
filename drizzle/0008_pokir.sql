CREATE TYPE "public"."pokir_priority" AS ENUM('tinggi', 'sedang', 'rendah');--> statement-breakpoint
CREATE TYPE "public"."pokir_source" AS ENUM('citizen', 'reses', 'aspirasi');--> statement-breakpoint
CREATE TYPE "public"."pokir_status" AS ENUM('diajukan', 'diverifikasi', 'dikembalikan', 'ditolak', 'diadopsi', 'difinalisasi', 'diinput_sipd', 'diakomodir', 'tidak_diakomodir', 'digabung');--> statement-breakpoint
CREATE TABLE "inbox_reads" (
	"member_id" uuid NOT NULL,
	"item_type" text NOT NULL,
	"item_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbox_reads_member_id_item_type_item_id_pk" PRIMARY KEY("member_id","item_type","item_id")
);
--> statement-breakpoint
CREATE TABLE "pokir_bidang" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"default_opd_id" integer,
	CONSTRAINT "pokir_bidang_code_unique" UNIQUE("code"),
	CONSTRAINT "pokir_bidang_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "pokir_endorsements" (
	"proposal_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pokir_endorsements_proposal_id_member_id_pk" PRIMARY KEY("proposal_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "pokir_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"from_status" "pokir_status",
	"to_status" "pokir_status",
	"public_note" text,
	"internal_note" text
);
--> statement-breakpoint
CREATE TABLE "pokir_member_pagu" (
	"period_id" integer NOT NULL,
	"member_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"priority_order" smallint,
	CONSTRAINT "pokir_member_pagu_period_id_member_id_pk" PRIMARY KEY("period_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "pokir_opd" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "pokir_opd_code_unique" UNIQUE("code"),
	CONSTRAINT "pokir_opd_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "pokir_periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_year" integer NOT NULL,
	"name" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"musrenbang_on" date NOT NULL,
	"finalized_at" timestamp with time zone,
	"sipd_entered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pokir_periods_plan_year_unique" UNIQUE("plan_year")
);
--> statement-breakpoint
CREATE TABLE "pokir_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"period_id" integer NOT NULL,
	"source" "pokir_source" DEFAULT 'citizen' NOT NULL,
	"aspiration_id" uuid,
	"reses_id" uuid,
	"proposer_name" text NOT NULL,
	"proposer_group" text,
	"proposer_phone" text,
	"proposer_email" text,
	"consent_at" timestamp with time zone,
	"title" text NOT NULL,
	"masalah" text NOT NULL,
	"usulan" text NOT NULL,
	"kecamatan_id" integer NOT NULL,
	"kelurahan_id" integer NOT NULL,
	"dapil_id" integer,
	"rt" text NOT NULL,
	"rw" text,
	"address" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"bidang_id" integer,
	"opd_id" integer,
	"volume" numeric(14, 2) NOT NULL,
	"unit" text NOT NULL,
	"estimated_cost" bigint,
	"priority" "pokir_priority" DEFAULT 'sedang' NOT NULL,
	"status" "pokir_status" DEFAULT 'diajukan' NOT NULL,
	"status_reason" text,
	"adopted_by" uuid,
	"adopted_at" timestamp with time zone,
	"merged_into_id" uuid,
	"sipd_entered" boolean DEFAULT false NOT NULL,
	"sipd_entered_at" timestamp with time zone,
	"outcome_reason" text,
	"outcome_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"correction_token_hash" text,
	"correction_token_expires_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', coalesce("pokir_proposals"."title", '')), 'A') || setweight(to_tsvector('indonesian', coalesce("pokir_proposals"."usulan", '') || ' ' || coalesce("pokir_proposals"."masalah", '')), 'B')) STORED,
	CONSTRAINT "pokir_proposals_tracking_code_unique" UNIQUE("tracking_code")
);
--> statement-breakpoint
CREATE TABLE "pokir_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reses_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"kelurahan_id" integer NOT NULL,
	"attendees" integer DEFAULT 0 NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inbox_reads" ADD CONSTRAINT "inbox_reads_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_bidang" ADD CONSTRAINT "pokir_bidang_default_opd_id_pokir_opd_id_fk" FOREIGN KEY ("default_opd_id") REFERENCES "public"."pokir_opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_endorsements" ADD CONSTRAINT "pokir_endorsements_proposal_id_pokir_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."pokir_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_endorsements" ADD CONSTRAINT "pokir_endorsements_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_events" ADD CONSTRAINT "pokir_events_proposal_id_pokir_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."pokir_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_events" ADD CONSTRAINT "pokir_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_member_pagu" ADD CONSTRAINT "pokir_member_pagu_period_id_pokir_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."pokir_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_member_pagu" ADD CONSTRAINT "pokir_member_pagu_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_period_id_pokir_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."pokir_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_aspiration_id_aspirations_id_fk" FOREIGN KEY ("aspiration_id") REFERENCES "public"."aspirations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_reses_id_reses_records_id_fk" FOREIGN KEY ("reses_id") REFERENCES "public"."reses_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_kelurahan_id_kelurahan_id_fk" FOREIGN KEY ("kelurahan_id") REFERENCES "public"."kelurahan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_dapil_id_dapil_id_fk" FOREIGN KEY ("dapil_id") REFERENCES "public"."dapil"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_bidang_id_pokir_bidang_id_fk" FOREIGN KEY ("bidang_id") REFERENCES "public"."pokir_bidang"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_opd_id_pokir_opd_id_fk" FOREIGN KEY ("opd_id") REFERENCES "public"."pokir_opd"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_adopted_by_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_merged_into_id_pokir_proposals_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."pokir_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_proposals" ADD CONSTRAINT "pokir_proposals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokir_versions" ADD CONSTRAINT "pokir_versions_proposal_id_pokir_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."pokir_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reses_records" ADD CONSTRAINT "reses_records_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reses_records" ADD CONSTRAINT "reses_records_kelurahan_id_kelurahan_id_fk" FOREIGN KEY ("kelurahan_id") REFERENCES "public"."kelurahan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pokir_endorsements_member_idx" ON "pokir_endorsements" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "pokir_events_proposal_idx" ON "pokir_events" USING btree ("proposal_id","at");--> statement-breakpoint
CREATE INDEX "pokir_dapil_created_idx" ON "pokir_proposals" USING btree ("dapil_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "pokir_period_status_idx" ON "pokir_proposals" USING btree ("period_id","status");--> statement-breakpoint
CREATE INDEX "pokir_adopted_idx" ON "pokir_proposals" USING btree ("adopted_by","period_id");--> statement-breakpoint
CREATE INDEX "pokir_kelurahan_idx" ON "pokir_proposals" USING btree ("kelurahan_id");--> statement-breakpoint
CREATE INDEX "pokir_bidang_idx" ON "pokir_proposals" USING btree ("bidang_id");--> statement-breakpoint
CREATE INDEX "pokir_opd_idx" ON "pokir_proposals" USING btree ("opd_id");--> statement-breakpoint
CREATE INDEX "pokir_reses_idx" ON "pokir_proposals" USING btree ("reses_id");--> statement-breakpoint
CREATE INDEX "pokir_aspiration_idx" ON "pokir_proposals" USING btree ("aspiration_id");--> statement-breakpoint
CREATE INDEX "pokir_merged_idx" ON "pokir_proposals" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "pokir_search_idx" ON "pokir_proposals" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "pokir_title_trgm_idx" ON "pokir_proposals" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "pokir_versions_proposal_idx" ON "pokir_versions" USING btree ("proposal_id","version");--> statement-breakpoint
CREATE INDEX "reses_member_idx" ON "reses_records" USING btree ("member_id","held_on" DESC NULLS LAST);