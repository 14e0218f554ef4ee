CREATE TYPE "public"."reses_report_status" AS ENUM('draf', 'diserahkan', 'diterima');--> statement-breakpoint
CREATE TABLE "reses_periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"masa_sidang" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reses_periods_year_masa_uq" UNIQUE("year","masa_sidang")
);
--> statement-breakpoint
CREATE TABLE "reses_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" integer NOT NULL,
	"member_id" uuid NOT NULL,
	"status" "reses_report_status" DEFAULT 'draf' NOT NULL,
	"content" jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"follow_up" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reses_reports_period_member_uq" UNIQUE("period_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "reses_schedules" (
	"id" serial PRIMARY KEY NOT NULL,
	"period_id" integer NOT NULL,
	"member_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "reses_schedules_period_member_uq" UNIQUE("period_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "reses_reports" ADD CONSTRAINT "reses_reports_period_id_reses_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reses_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reses_reports" ADD CONSTRAINT "reses_reports_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reses_reports" ADD CONSTRAINT "reses_reports_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reses_schedules" ADD CONSTRAINT "reses_schedules_period_id_reses_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reses_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reses_schedules" ADD CONSTRAINT "reses_schedules_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reses_reports_member_idx" ON "reses_reports" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "reses_schedules_member_idx" ON "reses_schedules" USING btree ("member_id");