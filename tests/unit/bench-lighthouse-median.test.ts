import { describe, expect, it } from "vitest";
import { median } from "@/bench/suites/lighthouse";

const run = (performance: number, tbtMs: number, kib = 130) => ({
  performance,
  tbtMs,
  kib,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcpMs: 800,
  lcpMs: 1500,
  cls: 0,
  idlePct: 95,
});

describe("Lighthouse median run", () => {
  it("reports the run with the middle performance score, with that run's own figures", () => {
    const m = median([run(96, 150, 131), run(78, 700, 132), run(88, 400, 133)]);
    expect(m.performance).toBe(88);
    expect(m.tbtMs).toBe(400);
    expect(m.kib).toBe(133);
  });

  it("takes the lower middle of an even number of runs, and breaks ties by the longer blocking time", () => {
    expect(median([run(90, 200), run(80, 300), run(95, 100), run(85, 250)]).performance).toBe(85);
    expect(median([run(90, 200), run(90, 350), run(90, 100)]).tbtMs).toBe(200);
    expect(median([run(90, 200)]).performance).toBe(90);
  });
});
