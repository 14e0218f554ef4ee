CREATE TYPE "public"."disposisi_recipient_kind" AS ENUM('user', 'unit', 'komisi');--> statement-breakpoint
CREATE TYPE "public"."disposisi_status" AS ENUM('dikirim', 'diterima', 'ditindaklanjuti', 'selesai');--> statement-breakpoint
CREATE TYPE "public"."incoming_letter_status" AS ENUM('diterima', 'didisposisikan', 'ditindaklanjuti', 'selesai', 'diarsipkan');--> statement-breakpoint
CREATE TYPE "public"."letter_direction" AS ENUM('masuk', 'keluar');--> statement-breakpoint
CREATE TYPE "public"."letter_nature" AS ENUM('biasa', 'penting', 'segera', 'rahasia');--> statement-breakpoint
CREATE TYPE "public"."letter_number_status" AS ENUM('dipakai', 'dicadangkan', 'dibatalkan');--> statement-breakpoint
CREATE TYPE "public"."outgoing_letter_status" AS ENUM('draf', 'terbit', 'dibatalkan');--> statement-breakpoint
CREATE TYPE "public"."retention_decision" AS ENUM('pindah_inaktif', 'usul_musnah', 'permanen', 'tinjau_ulang');--> statement-breakpoint
CREATE TABLE "disposisi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"parent_id" uuid,
	"depth" smallint DEFAULT 0 NOT NULL,
	"from_user_id" uuid NOT NULL,
	"from_label" text NOT NULL,
	"recipient_kind" "disposisi_recipient_kind" NOT NULL,
	"recipient_user_id" uuid,
	"recipient_unit" text,
	"recipient_komisi_id" integer,
	"recipient_label" text NOT NULL,
	"instructions" text[] NOT NULL,
	"note" text,
	"due_on" date,
	"status" "disposisi_status" DEFAULT 'dikirim' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_at" timestamp with time zone,
	"received_by" uuid,
	"report_note" text,
	"reported_at" timestamp with time zone,
	"reported_by" uuid,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	CONSTRAINT "disposisi_one_recipient" CHECK (("disposisi"."recipient_kind" = 'user' and "disposisi"."recipient_user_id" is not null and "disposisi"."recipient_unit" is null and "disposisi"."recipient_komisi_id" is null)
       or ("disposisi"."recipient_kind" = 'unit' and "disposisi"."recipient_unit" is not null and "disposisi"."recipient_user_id" is null and "disposisi"."recipient_komisi_id" is null)
       or ("disposisi"."recipient_kind" = 'komisi' and "disposisi"."recipient_komisi_id" is not null and "disposisi"."recipient_user_id" is null and "disposisi"."recipient_unit" is null))
);
--> statement-breakpoint
CREATE TABLE "incoming_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_id" integer NOT NULL,
	"number_id" uuid NOT NULL,
	"agenda_number" text NOT NULL,
	"agenda_year" integer NOT NULL,
	"agenda_seq" integer NOT NULL,
	"received_on" date NOT NULL,
	"sender_number" text NOT NULL,
	"sender_date" date NOT NULL,
	"sender" text NOT NULL,
	"subject" text NOT NULL,
	"nature" "letter_nature" DEFAULT 'biasa' NOT NULL,
	"classification_code" text NOT NULL,
	"summary" text,
	"addressee" text NOT NULL,
	"addressee_user_id" uuid,
	"status" "incoming_letter_status" DEFAULT 'diterima' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', coalesce("incoming_letters"."subject", '')), 'A') || setweight(to_tsvector('indonesian', coalesce("incoming_letters"."sender", '')), 'B') || to_tsvector('simple', coalesce("incoming_letters"."agenda_number", '') || ' ' || coalesce("incoming_letters"."sender_number", ''))) STORED,
	CONSTRAINT "incoming_letters_number_id_unique" UNIQUE("number_id"),
	CONSTRAINT "incoming_received_after_letter" CHECK ("incoming_letters"."received_on" >= "incoming_letters"."sender_date")
);
--> statement-breakpoint
CREATE TABLE "letter_counters" (
	"register_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "letter_counters_register_id_year_pk" PRIMARY KEY("register_id","year"),
	CONSTRAINT "letter_counters_last_nonneg" CHECK ("letter_counters"."last" >= 0)
);
--> statement-breakpoint
CREATE TABLE "letter_numbers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_id" integer NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"classification_code" text,
	"status" "letter_number_status" NOT NULL,
	"reserved_for" text,
	"letter_date" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	CONSTRAINT "letter_numbers_register_year_seq_uq" UNIQUE("register_id","year","seq"),
	CONSTRAINT "letter_numbers_seq_positive" CHECK ("letter_numbers"."seq" > 0)
);
--> statement-breakpoint
CREATE TABLE "letter_registers" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"direction" "letter_direction" NOT NULL,
	"number_format" text NOT NULL,
	"number_width" smallint DEFAULT 4 NOT NULL,
	"unit_code" text DEFAULT 'DPRD' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "letter_registers_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "letter_retention_reviews" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"direction" "letter_direction" NOT NULL,
	"letter_id" uuid NOT NULL,
	"decision" "retention_decision" NOT NULL,
	"note" text,
	"reviewed_by" uuid NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"direction" "letter_direction" NOT NULL,
	"letter_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"changes" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outgoing_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"register_id" integer NOT NULL,
	"number_id" uuid,
	"number" text,
	"number_year" integer,
	"number_seq" integer,
	"status" "outgoing_letter_status" DEFAULT 'draf' NOT NULL,
	"subject" text NOT NULL,
	"recipients" text NOT NULL,
	"copies" text,
	"classification_code" text NOT NULL,
	"nature" "letter_nature" DEFAULT 'biasa' NOT NULL,
	"signer" text NOT NULL,
	"letter_date" date,
	"summary" text,
	"reply_to_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid,
	"issued_at" timestamp with time zone,
	"cancelled_by" uuid,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('indonesian', coalesce("outgoing_letters"."subject", '')), 'A') || setweight(to_tsvector('indonesian', coalesce("outgoing_letters"."recipients", '')), 'B') || to_tsvector('simple', coalesce("outgoing_letters"."number", ''))) STORED,
	CONSTRAINT "outgoing_letters_number_id_unique" UNIQUE("number_id"),
	CONSTRAINT "outgoing_issued_has_number" CHECK ("outgoing_letters"."status" = 'draf' or "outgoing_letters"."number_id" is not null or "outgoing_letters"."cancelled_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "disposisi" ADD CONSTRAINT "disposisi_letter_id_incoming_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."incoming_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposisi" ADD CONSTRAINT "disposisi_parent_id_disposisi_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disposisi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposisi" ADD CONSTRAINT "disposisi_from_user_id_users_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposisi" ADD CONSTRAINT "disposisi_recipient_user_id_users_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposisi" ADD CONSTRAINT "disposisi_recipient_komisi_id_komisi_id_fk" FOREIGN KEY ("recipient_komisi_id") REFERENCES "public"."komisi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposisi" ADD CONSTRAINT "disposisi_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposisi" ADD CONSTRAINT "disposisi_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disposisi" ADD CONSTRAINT "disposisi_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_letters" ADD CONSTRAINT "incoming_letters_register_id_letter_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."letter_registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_letters" ADD CONSTRAINT "incoming_letters_number_id_letter_numbers_id_fk" FOREIGN KEY ("number_id") REFERENCES "public"."letter_numbers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_letters" ADD CONSTRAINT "incoming_letters_classification_code_classification_codes_code_fk" FOREIGN KEY ("classification_code") REFERENCES "public"."classification_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_letters" ADD CONSTRAINT "incoming_letters_addressee_user_id_users_id_fk" FOREIGN KEY ("addressee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incoming_letters" ADD CONSTRAINT "incoming_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_counters" ADD CONSTRAINT "letter_counters_register_id_letter_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."letter_registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_numbers" ADD CONSTRAINT "letter_numbers_register_id_letter_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."letter_registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_numbers" ADD CONSTRAINT "letter_numbers_classification_code_classification_codes_code_fk" FOREIGN KEY ("classification_code") REFERENCES "public"."classification_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_numbers" ADD CONSTRAINT "letter_numbers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_numbers" ADD CONSTRAINT "letter_numbers_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_registers" ADD CONSTRAINT "letter_registers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_retention_reviews" ADD CONSTRAINT "letter_retention_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_revisions" ADD CONSTRAINT "letter_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_letters" ADD CONSTRAINT "outgoing_letters_register_id_letter_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."letter_registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_letters" ADD CONSTRAINT "outgoing_letters_number_id_letter_numbers_id_fk" FOREIGN KEY ("number_id") REFERENCES "public"."letter_numbers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_letters" ADD CONSTRAINT "outgoing_letters_classification_code_classification_codes_code_fk" FOREIGN KEY ("classification_code") REFERENCES "public"."classification_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_letters" ADD CONSTRAINT "outgoing_letters_reply_to_id_incoming_letters_id_fk" FOREIGN KEY ("reply_to_id") REFERENCES "public"."incoming_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_letters" ADD CONSTRAINT "outgoing_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_letters" ADD CONSTRAINT "outgoing_letters_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_letters" ADD CONSTRAINT "outgoing_letters_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disposisi_letter_idx" ON "disposisi" USING btree ("letter_id","created_at");--> statement-breakpoint
CREATE INDEX "disposisi_parent_idx" ON "disposisi" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "disposisi_recipient_user_idx" ON "disposisi" USING btree ("recipient_user_id");--> statement-breakpoint
CREATE INDEX "disposisi_recipient_unit_idx" ON "disposisi" USING btree ("recipient_unit");--> statement-breakpoint
CREATE INDEX "disposisi_recipient_komisi_idx" ON "disposisi" USING btree ("recipient_komisi_id");--> statement-breakpoint
CREATE INDEX "disposisi_from_idx" ON "disposisi" USING btree ("from_user_id");--> statement-breakpoint
CREATE INDEX "disposisi_open_due_idx" ON "disposisi" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "incoming_received_idx" ON "incoming_letters" USING btree ("received_on" DESC NULLS LAST,"agenda_year" DESC NULLS LAST,"agenda_seq" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "incoming_register_seq_idx" ON "incoming_letters" USING btree ("register_id","agenda_year","agenda_seq");--> statement-breakpoint
CREATE INDEX "incoming_status_idx" ON "incoming_letters" USING btree ("status");--> statement-breakpoint
CREATE INDEX "incoming_classification_idx" ON "incoming_letters" USING btree ("classification_code");--> statement-breakpoint
CREATE INDEX "incoming_created_by_idx" ON "incoming_letters" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "incoming_addressee_idx" ON "incoming_letters" USING btree ("addressee_user_id");--> statement-breakpoint
CREATE INDEX "incoming_search_idx" ON "incoming_letters" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "incoming_numbers_trgm_idx" ON "incoming_letters" USING gin (("agenda_number" || ' ' || "sender_number") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "letter_numbers_status_idx" ON "letter_numbers" USING btree ("status","register_id");--> statement-breakpoint
CREATE INDEX "letter_retention_reviews_letter_idx" ON "letter_retention_reviews" USING btree ("direction","letter_id","reviewed_at");--> statement-breakpoint
CREATE INDEX "letter_revisions_letter_idx" ON "letter_revisions" USING btree ("direction","letter_id","version");--> statement-breakpoint
CREATE INDEX "outgoing_date_idx" ON "outgoing_letters" USING btree ("letter_date" DESC NULLS LAST,"created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "outgoing_register_seq_idx" ON "outgoing_letters" USING btree ("register_id","number_year","number_seq");--> statement-breakpoint
CREATE INDEX "outgoing_status_idx" ON "outgoing_letters" USING btree ("status");--> statement-breakpoint
CREATE INDEX "outgoing_classification_idx" ON "outgoing_letters" USING btree ("classification_code");--> statement-breakpoint
CREATE INDEX "outgoing_created_by_idx" ON "outgoing_letters" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "outgoing_reply_idx" ON "outgoing_letters" USING btree ("reply_to_id");--> statement-breakpoint
CREATE INDEX "outgoing_search_idx" ON "outgoing_letters" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "outgoing_number_trgm_idx" ON "outgoing_letters" USING gin (coalesce("number", '') gin_trgm_ops);