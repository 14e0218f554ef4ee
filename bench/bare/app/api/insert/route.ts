// Bare insert-only route: parse the JSON body, insert one row with postgres.js, answer 201. The floor
// for POST /api/v1/aspirasi (bench/suites/bare.ts creates the table).
import postgres from "postgres";

const sql = postgres(process.env.BARE_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres", {
  max: 10,
  onnotice: () => {},
});

export async function POST(req: Request) {
  const b = (await req.json()) as { title?: string; body?: string; email?: string };
  const [row] =
    await sql`insert into bare_insert (title, body, email) values (${String(b.title ?? "")}, ${String(b.body ?? "")}, ${String(b.email ?? "")}) returning id`;
  return Response.json({ id: row.id }, { status: 201 });
}
