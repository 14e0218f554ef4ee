import { describe, expect, it } from "vitest";
import { versionPair } from "@/lib/minutes/diff";
describe("versionPair (the ?dari=&ke= of both version-history pages)", () => {
  it("compares the latest with the one before by default, and clamps or ignores bad input", () => {
    expect(versionPair(5, {})).toEqual({ from: 4, to: 5 });
    expect(versionPair(5, { dari: "1", ke: "3" })).toEqual({ from: 1, to: 3 });
    expect(versionPair(5, { dari: "4", ke: "2" })).toEqual({ from: 2, to: 2 });
    expect(versionPair(5, { dari: "-3", ke: "99" })).toEqual({ from: 0, to: 5 });
    expect(versionPair(5, { dari: "1.5", ke: "abc" })).toEqual({ from: 4, to: 5 });
    expect(versionPair(0, {})).toEqual({ from: 0, to: 0 });
  });
});
