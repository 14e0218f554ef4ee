CREATE TYPE "public"."attendance_status" AS ENUM('hadir', 'izin', 'sakit', 'dinas_luar', 'alpa');--> statement-breakpoint
CREATE TYPE "public"."signer_certificate_source" AS ENUM('organisasi', 'impor');--> statement-breakpoint
CREATE TYPE "public"."minutes_correction_status" AS ENUM('diajukan', 'diterima', 'ditolak');--> statement-breakpoint
CREATE TYPE "public"."meeting_body_kind" AS ENUM('semua', 'pimpinan', 'komisi', 'gabungan_komisi', 'daftar');--> statement-breakpoint
CREATE TYPE "public"."meeting_nature" AS ENUM('terbuka', 'tertutup');--> statement-breakpoint
CREATE TYPE "public"."minutes_status" AS ENUM('draf', 'ditinjau', 'final', 'ditandatangani', 'terbit');--> statement-breakpoint
CREATE TYPE "public"."quorum_rule" AS ENUM('lebih_setengah', 'dua_pertiga', 'tiga_perempat');--> statement-breakpoint
CREATE TYPE "public"."minutes_signer_role" AS ENUM('ketua', 'sekretaris');--> statement-breakpoint
CREATE TABLE "meeting_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" "attendance_status",
	"arrived_at" time,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	CONSTRAINT "meeting_attendance_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_guests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"institution" text NOT NULL,
	"role" text
);
--> statement-breakpoint
CREATE TABLE "meeting_type_members" (
	"meeting_type_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "meeting_type_members_meeting_type_id_user_id_pk" PRIMARY KEY("meeting_type_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_types" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"body_kind" "meeting_body_kind" NOT NULL,
	"komisi_id" integer,
	"default_nature" "meeting_nature" NOT NULL,
	"default_quorum_rule" "quorum_rule" DEFAULT 'lebih_setengah' NOT NULL,
	"correction_days" integer DEFAULT 4 NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "meeting_types_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type_id" integer NOT NULL,
	"title" text NOT NULL,
	"nature" "meeting_nature" NOT NULL,
	"quorum_rule" "quorum_rule" NOT NULL,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time,
	"place" text NOT NULL,
	"chair_id" uuid NOT NULL,
	"secretary_id" uuid NOT NULL,
	"created_by" uuid,
	"demo_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_demo_key_unique" UNIQUE("demo_key")
);
--> statement-breakpoint
CREATE TABLE "minutes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"status" "minutes_status" DEFAULT 'draf' NOT NULL,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"review_started_at" timestamp with time zone,
	"correction_deadline" timestamp with time zone,
	"finalized_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"pending_correction" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_meeting_id_unique" UNIQUE("meeting_id")
);
--> statement-breakpoint
CREATE TABLE "minutes_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minutes_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"proposer_id" uuid NOT NULL,
	"section" text NOT NULL,
	"text" text NOT NULL,
	"status" "minutes_correction_status" DEFAULT 'diajukan' NOT NULL,
	"response" text,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minutes_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minutes_id" uuid NOT NULL,
	"document_version" integer NOT NULL,
	"code" text NOT NULL,
	"content_version" integer NOT NULL,
	"pdf" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"page_count" integer NOT NULL,
	"sha256" text,
	"completed_at" timestamp with time zone,
	"supersedes_id" uuid,
	"superseded_at" timestamp with time zone,
	"correction_reason" text,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_documents_code_unique" UNIQUE("code"),
	CONSTRAINT "minutes_documents_version_uq" UNIQUE("minutes_id","document_version")
);
--> statement-breakpoint
CREATE TABLE "minutes_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"role" "minutes_signer_role" NOT NULL,
	"signer_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"certificate_id" uuid,
	"certificate_subject" text NOT NULL,
	"certificate_issuer" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "minutes_signatures_role_uq" UNIQUE("document_id","role")
);
--> statement-breakpoint
CREATE TABLE "minutes_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minutes_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" jsonb NOT NULL,
	"author_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_versions_number_uq" UNIQUE("minutes_id","number")
);
--> statement-breakpoint
CREATE TABLE "signer_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"source" "signer_certificate_source" NOT NULL,
	"subject" text NOT NULL,
	"issuer" text NOT NULL,
	"serial_number" text NOT NULL,
	"fingerprint" text NOT NULL,
	"cert_pem" text NOT NULL,
	"p12_sealed" "bytea" NOT NULL,
	"not_before" timestamp with time zone NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_authorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot" text NOT NULL,
	"name" text NOT NULL,
	"cert_pem" text NOT NULL,
	"key_sealed" "bytea" NOT NULL,
	"not_after" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signing_authorities_slot_unique" UNIQUE("slot")
);
--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_guests" ADD CONSTRAINT "meeting_guests_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_type_members" ADD CONSTRAINT "meeting_type_members_meeting_type_id_meeting_types_id_fk" FOREIGN KEY ("meeting_type_id") REFERENCES "public"."meeting_types"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_type_members" ADD CONSTRAINT "meeting_type_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_types" ADD CONSTRAINT "meeting_types_komisi_id_komisi_id_fk" FOREIGN KEY ("komisi_id") REFERENCES "public"."komisi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_type_id_meeting_types_id_fk" FOREIGN KEY ("type_id") REFERENCES "public"."meeting_types"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_id_users_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_secretary_id_users_id_fk" FOREIGN KEY ("secretary_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes" ADD CONSTRAINT "minutes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_corrections" ADD CONSTRAINT "minutes_corrections_minutes_id_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_corrections" ADD CONSTRAINT "minutes_corrections_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_corrections" ADD CONSTRAINT "minutes_corrections_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_documents" ADD CONSTRAINT "minutes_documents_minutes_id_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_documents" ADD CONSTRAINT "minutes_documents_supersedes_id_minutes_documents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."minutes_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_documents" ADD CONSTRAINT "minutes_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_signatures" ADD CONSTRAINT "minutes_signatures_document_id_minutes_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."minutes_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_signatures" ADD CONSTRAINT "minutes_signatures_signer_id_users_id_fk" FOREIGN KEY ("signer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_signatures" ADD CONSTRAINT "minutes_signatures_certificate_id_signer_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."signer_certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_minutes_id_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_versions" ADD CONSTRAINT "minutes_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signer_certificates" ADD CONSTRAINT "signer_certificates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signer_certificates" ADD CONSTRAINT "signer_certificates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_agenda_meeting_idx" ON "meeting_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meeting_attendance_user_idx" ON "meeting_attendance" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meeting_guests_meeting_idx" ON "meeting_guests" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meeting_type_members_user_idx" ON "meeting_type_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meetings_date_idx" ON "meetings" USING btree ("date");--> statement-breakpoint
CREATE INDEX "meetings_type_idx" ON "meetings" USING btree ("type_id");--> statement-breakpoint
CREATE INDEX "meetings_chair_idx" ON "meetings" USING btree ("chair_id");--> statement-breakpoint
CREATE INDEX "meetings_secretary_idx" ON "meetings" USING btree ("secretary_id");--> statement-breakpoint
CREATE INDEX "minutes_status_idx" ON "minutes" USING btree ("status");--> statement-breakpoint
CREATE INDEX "minutes_corrections_minutes_idx" ON "minutes_corrections" USING btree ("minutes_id","created_at");--> statement-breakpoint
CREATE INDEX "minutes_documents_sha_idx" ON "minutes_documents" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "signer_certificates_user_idx" ON "signer_certificates" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signer_certificates_active_uq" ON "signer_certificates" USING btree ("user_id") WHERE "signer_certificates"."is_active";