import "server-only";
import { db, type Db } from "@/lib/db";
import { seedDemoUsers } from "./demo-users";
import { seedReference } from "./reference";
import { seedLetterDemo } from "@/lib/letters/seed";
import { seedMinutesDemo } from "@/lib/minutes/seed";
import { seedAspirationDemo } from "@/lib/aspirations/seed";
import { seedPokirDemo } from "@/lib/pokir/seed";
import { seedMemberFiguresDemo } from "@/lib/members/seed";
import { seedEpaperDemo } from "@/lib/epaper/seed";
import { seedResesDemo } from "@/lib/reses/seed";

/**
 * Demo seeders run in order after the demo accounts. Each service adds its own here; each must be
 * idempotent (safe to run at every boot).
 */
const DEMO_SEEDERS: { name: string; run: (db: Db) => Promise<void> }[] = [
  { name: "users", run: seedDemoUsers },
  { name: "letters", run: seedLetterDemo },
  { name: "minutes", run: seedMinutesDemo },
  { name: "aspirations", run: seedAspirationDemo },
  { name: "pokir", run: seedPokirDemo },
  { name: "member-figures", run: seedMemberFiguresDemo },
  { name: "epaper", run: seedEpaperDemo },
  { name: "reses", run: seedResesDemo },
];

export { seedReference };

/** Seed demo accounts and demo records (development, or production with SEED_DEMO=1). */
export async function seedDemo(tx: Db = db): Promise<void> {
  for (const seeder of DEMO_SEEDERS) await seeder.run(tx);
}
