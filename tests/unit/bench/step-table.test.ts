import { describe, expect, it } from "vitest";
import { formatStepTable, stepRows, withStart } from "../../../scripts/bench/step-table.ts";

describe("the bench's step table", () => {
  it("turns a build's milliseconds per step into seconds, with the process around them as its first step", () => {
    expect(withStart({ load: 1500, render: 4000 }, 7)).toEqual({ start: 1.5, load: 1.5, render: 4 });
    expect(withStart({ load: 2000 }, 1).start).toBe(0);
  });

  it("takes each step's median over the builds, in the order the build ran them", () => {
    const cold = [
      { start: 1, load: 2, render: 9 },
      { start: 1, load: 4, render: 7 },
      { start: 3, load: 3, render: 8 },
    ];
    const rows = stepRows(cold, [{ start: 1, load: 1, render: 5 }], { render: { cold: 6, warm: 6 } });
    expect(rows.map((row) => [row.step, row.cold, row.warm])).toEqual([
      ["start", 1, 1],
      ["load", 3, 1],
      ["render", 8, 5],
    ]);
    expect(rows[0]?.floor).toEqual({ cold: null, warm: null });
  });

  it("shows a floor only where the step costs more than a second more or less than it, and says where none is known", () => {
    const lines = formatStepTable([
      { step: "render", cold: 8, warm: 6.5, floor: { cold: 6, warm: 6 } },
      { step: "derive", cold: 2, warm: 2, floor: { cold: null, warm: null } },
    ]);
    expect(lines[1]).toMatch(/^ {2}pagina's renderen \(Eleventy\) +8\.0 s \(vloer 6\.0 s\) +6\.5 s$/);
    expect(lines[2]).toMatch(/^ {2}views afleiden +2\.0 s \(vloer —\) +2\.0 s \(vloer —\)$/);
    expect(lines[3]).toMatch(/^ {2}totaal +10\.0 s +8\.5 s$/);
  });
});
