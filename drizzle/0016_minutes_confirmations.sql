CREATE TABLE "minutes_confirmations" (
	"minutes_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_confirmations_minutes_id_user_id_pk" PRIMARY KEY("minutes_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ADD CONSTRAINT "minutes_confirmations_minutes_id_minutes_id_fk" FOREIGN KEY ("minutes_id") REFERENCES "public"."minutes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_confirmations" ADD CONSTRAINT "minutes_confirmations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;