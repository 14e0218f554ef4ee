CREATE TYPE "public"."api_token_scope" AS ENUM('read', 'write');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('member', 'staff', 'admin');--> statement-breakpoint
CREATE TYPE "public"."outbox_channel" AS ENUM('email', 'whatsapp');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."aspiration_channel" AS ENUM('web', 'api', 'whatsapp', 'email', 'telepon', 'tatap_muka', 'surat');--> statement-breakpoint
CREATE TYPE "public"."aspiration_status" AS ENUM('diterima', 'diverifikasi', 'ditindaklanjuti', 'selesai', 'ditolak', 'dialihkan', 'digabung');--> statement-breakpoint
CREATE TABLE "classification_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"parent_code" text,
	"level" integer NOT NULL,
	"retention_active_years" integer,
	"retention_inactive_years" integer,
	"is_active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dapil" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"seats" integer NOT NULL,
	CONSTRAINT "dapil_period_number_uq" UNIQUE("period_id","number")
);
--> statement-breakpoint
CREATE TABLE "dapil_kecamatan" (
	"dapil_id" integer NOT NULL,
	"kecamatan_id" integer NOT NULL,
	CONSTRAINT "dapil_kecamatan_dapil_id_kecamatan_id_pk" PRIMARY KEY("dapil_id","kecamatan_id")
);
--> statement-breakpoint
CREATE TABLE "election_periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"is_active" boolean DEFAULT false NOT NULL,
	CONSTRAINT "election_periods_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "fraksi" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"seats" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "fraksi_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"date" date PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kecamatan" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "kecamatan_code_unique" UNIQUE("code"),
	CONSTRAINT "kecamatan_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "kelurahan" (
	"id" serial PRIMARY KEY NOT NULL,
	"kecamatan_id" integer NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "kelurahan_slug_unique" UNIQUE("slug"),
	CONSTRAINT "kelurahan_kecamatan_name_uq" UNIQUE("kecamatan_id","name")
);
--> statement-breakpoint
CREATE TABLE "komisi" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "komisi_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"token_hash" text NOT NULL,
	"scope" "api_token_scope" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"phone" text,
	"nip" text,
	"position" text,
	"unit" text,
	"dapil_id" integer,
	"komisi_id" integer,
	"fraksi_id" integer,
	"session_version" integer DEFAULT 0 NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text,
	"action" text NOT NULL,
	"outcome" text DEFAULT 'success' NOT NULL,
	"entity_type" text,
	"entity_id" text,
	"ip_hash" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" "outbox_channel" NOT NULL,
	"recipient" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"related_type" text,
	"related_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aspiration_categories" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "aspiration_categories_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "aspiration_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"aspiration_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"from_status" "aspiration_status",
	"to_status" "aspiration_status",
	"public_note" text,
	"internal_note" text
);
--> statement-breakpoint
CREATE TABLE "aspirations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"category_id" integer NOT NULL,
	"kecamatan_id" integer,
	"kelurahan_id" integer,
	"dapil_id" integer,
	"is_citywide" boolean DEFAULT false NOT NULL,
	"address" text,
	"channel" "aspiration_channel" DEFAULT 'web' NOT NULL,
	"is_anonymous" boolean DEFAULT false NOT NULL,
	"is_confidential" boolean DEFAULT false NOT NULL,
	"reporter_name" text,
	"reporter_phone" text,
	"reporter_email" text,
	"consent_at" timestamp with time zone,
	"status" "aspiration_status" DEFAULT 'diterima' NOT NULL,
	"routed_to_dapil" boolean DEFAULT false NOT NULL,
	"routed_komisi_id" integer,
	"assigned_member_id" uuid,
	"merged_into_id" uuid,
	"external_agency" text,
	"source_ref" text,
	"created_by" uuid,
	"verified_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"reopen_count" smallint DEFAULT 0 NOT NULL,
	"rating" smallint,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', coalesce("aspirations"."title", '')), 'A') || setweight(to_tsvector('indonesian', coalesce("aspirations"."body", '')), 'B')) STORED,
	CONSTRAINT "aspirations_tracking_code_unique" UNIQUE("tracking_code"),
	CONSTRAINT "aspirations_source_ref_unique" UNIQUE("source_ref")
);
--> statement-breakpoint
ALTER TABLE "dapil" ADD CONSTRAINT "dapil_period_id_election_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."election_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dapil_kecamatan" ADD CONSTRAINT "dapil_kecamatan_dapil_id_dapil_id_fk" FOREIGN KEY ("dapil_id") REFERENCES "public"."dapil"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dapil_kecamatan" ADD CONSTRAINT "dapil_kecamatan_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kelurahan" ADD CONSTRAINT "kelurahan_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_dapil_id_dapil_id_fk" FOREIGN KEY ("dapil_id") REFERENCES "public"."dapil"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_komisi_id_komisi_id_fk" FOREIGN KEY ("komisi_id") REFERENCES "public"."komisi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_fraksi_id_fraksi_id_fk" FOREIGN KEY ("fraksi_id") REFERENCES "public"."fraksi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspiration_events" ADD CONSTRAINT "aspiration_events_aspiration_id_aspirations_id_fk" FOREIGN KEY ("aspiration_id") REFERENCES "public"."aspirations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspiration_events" ADD CONSTRAINT "aspiration_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_category_id_aspiration_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."aspiration_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_kecamatan_id_kecamatan_id_fk" FOREIGN KEY ("kecamatan_id") REFERENCES "public"."kecamatan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_kelurahan_id_kelurahan_id_fk" FOREIGN KEY ("kelurahan_id") REFERENCES "public"."kelurahan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_dapil_id_dapil_id_fk" FOREIGN KEY ("dapil_id") REFERENCES "public"."dapil"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_routed_komisi_id_komisi_id_fk" FOREIGN KEY ("routed_komisi_id") REFERENCES "public"."komisi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_assigned_member_id_users_id_fk" FOREIGN KEY ("assigned_member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_merged_into_id_aspirations_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."aspirations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "classification_parent_idx" ON "classification_codes" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "dapil_period_idx" ON "dapil" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "dapil_kecamatan_kec_idx" ON "dapil_kecamatan" USING btree ("kecamatan_id");--> statement-breakpoint
CREATE INDEX "kelurahan_kecamatan_idx" ON "kelurahan" USING btree ("kecamatan_id");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_dapil_idx" ON "users" USING btree ("dapil_id");--> statement-breakpoint
CREATE INDEX "users_komisi_idx" ON "users" USING btree ("komisi_id");--> statement-breakpoint
CREATE INDEX "users_fraksi_idx" ON "users" USING btree ("fraksi_id");--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_type","owner_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox_messages" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_related_idx" ON "outbox_messages" USING btree ("related_type","related_id");--> statement-breakpoint
CREATE INDEX "rate_limits_expires_idx" ON "rate_limits" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "aspiration_events_aspiration_idx" ON "aspiration_events" USING btree ("aspiration_id","at");--> statement-breakpoint
CREATE INDEX "aspirations_dapil_created_idx" ON "aspirations" USING btree ("dapil_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "aspirations_komisi_created_idx" ON "aspirations" USING btree ("routed_komisi_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "aspirations_status_created_idx" ON "aspirations" USING btree ("status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "aspirations_category_idx" ON "aspirations" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "aspirations_kelurahan_idx" ON "aspirations" USING btree ("kelurahan_id");--> statement-breakpoint
CREATE INDEX "aspirations_kecamatan_idx" ON "aspirations" USING btree ("kecamatan_id");--> statement-breakpoint
CREATE INDEX "aspirations_merged_idx" ON "aspirations" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "aspirations_search_idx" ON "aspirations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "aspirations_title_trgm_idx" ON "aspirations" USING gin ("title" gin_trgm_ops);