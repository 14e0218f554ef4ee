import { describe, expect, it } from "vitest";
import { auditLog, outboxMessages } from "@/lib/db/schema";
import { insertJsonRows, jsonRows, keysOf } from "@/lib/db/json-rows";
import { PgDialect } from "drizzle-orm/pg-core";

describe("rows as one JSON parameter (lib/db/json-rows.ts)", () => {
  it("encodes each value as its column would, keyed by the database's column names", () => {
    const at = new Date("2026-12-06T03:04:05.678Z");
    const r = jsonRows(auditLog, [
      { action: "a.b", at, detail: { files: 0, note: "x" }, actorId: null },
      { action: "c.d", at, detail: null, actorId: "0b6e6f3e-7c9a-4a3e-9a53-2d1f5a1e7b10" },
    ]);
    expect(r.columns).toEqual(["action", "actor_id", "at", "detail"]);
    expect(JSON.parse(r.json)).toEqual([
      { action: "a.b", actor_id: null, at: "2026-12-06T03:04:05.678Z", detail: { files: 0, note: "x" } },
      { action: "c.d", actor_id: "0b6e6f3e-7c9a-4a3e-9a53-2d1f5a1e7b10", at: "2026-12-06T03:04:05.678Z", detail: null },
    ]);
    const arrays = jsonRows(outboxMessages, [{ channel: "email", recipient: "a@b.id", body: "x", fileIds: ["u1"] }]);
    expect(JSON.parse(arrays.json)[0].file_ids).toEqual(["u1"]);
  });

  it("writes a lone surrogate as U+FFFD, which PostgreSQL's JSON accepts", () => {
    const r = jsonRows(auditLog, [{ action: "x\ud800y", detail: { t: "\udfff" } }]);
    expect(r.json).not.toMatch(/\\ud[89a-f]/i);
    expect(JSON.parse(r.json)).toEqual([{ action: "x\ufffdy", detail: { t: "\ufffd" } }]);
    // Inside JSON and array columns too, in keys, nested lists and values with a toJSON (a date).
    const at = new Date("2026-12-06T03:04:05.678Z");
    const nested = jsonRows(auditLog, [{ action: "a", detail: { "k\udbff": [{ t: "\ud83d!" }, at, 1, true, null] } }]);
    expect(nested.json).not.toMatch(/\\ud[89a-f]/i);
    expect(JSON.parse(nested.json)[0].detail).toEqual({
      "k\ufffd": [{ t: "\ufffd!" }, at.toISOString(), 1, true, null],
    });
    const files = jsonRows(outboxMessages, [{ channel: "email", recipient: "r", body: "b", fileIds: ["\udc00"] }]);
    expect(JSON.parse(files.json)[0].file_ids).toEqual(["\ufffd"]);
  });

  it("refuses rows of different shapes, unknown keys and binary values", () => {
    expect(() => jsonRows(auditLog, [{ action: "a" }, { action: "b", actorId: null }])).toThrow(/different shape/);
    expect(() => jsonRows(auditLog, [{ action: "a", nope: 1 }])).toThrow(/no column nope/);
    expect(() =>
      jsonRows(outboxMessages, [{ channel: "email", recipient: "r", body: "b", attachmentData: Buffer.from("x") }]),
    ).toThrow(/binary/);
    expect(keysOf({ b: 1, a: null, c: undefined })).toEqual(["a", "b"]);
    expect(jsonRows(auditLog, [], ["action"])).toEqual({ columns: ["action"], json: "[]" });
  });

  it("inserts only the listed columns, so the others keep their defaults", () => {
    const q = new PgDialect().sqlToQuery(insertJsonRows(auditLog, ["action", "detail"], "[]"));
    expect(q.sql).toBe(
      'insert into "audit_log" ("action", "detail") select "action", "detail" from jsonb_populate_recordset(null::"audit_log", $1::text::jsonb)',
    );
    expect(q.params).toEqual(["[]"]);
  });
});
