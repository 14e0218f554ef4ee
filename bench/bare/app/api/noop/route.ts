// Bare no-op route: parse the JSON body and answer 201, no database. Beside the app's /api/bench/noop it
// measures what Next itself costs per request in each app (bench/suites/bare.ts).
export async function POST(req: Request) {
  // Read as text and parsed, as the app's readJson does.
  const b = JSON.parse(await req.text()) as { title?: unknown };
  return Response.json({ title: String(b.title ?? "") }, { status: 201 });
}
