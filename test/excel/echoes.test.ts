import { eventRect } from "../../src/excel/watchRows";
import { ECHO_BURST_MS, ECHO_WAIT_MS, OwnWriteEchoes } from "../../src/excel/echoes";

describe("recognising the echoes of the add-in's own writes (below ExcelApi 1.14)", () => {
  let now = 0;
  const guard = () => new OwnWriteEchoes(() => now);
  beforeEach(() => (now = 1_000));

  it("takes an event inside cells it wrote for its echo, and one elsewhere or on another sheet for the planner's", () => {
    const g = guard();
    g.expect("s1", [{ top: 6, left: 0, bottom: 12, right: 0 }]);
    expect(g.isEcho("s1", { top: 8, left: 0, bottom: 9, right: 0 })).toBe(true);
    expect(g.isEcho("s1", { top: 8, left: 1, bottom: 8, right: 1 })).toBe(false);
    expect(g.isEcho("s2", { top: 8, left: 0, bottom: 8, right: 0 })).toBe(false);
  });

  it("waits seconds for the first echo, then only for the burst that comes with it", () => {
    const g = guard();
    g.expect("s1", [{ top: 6, left: 4, bottom: 6, right: 4 }]);
    now += ECHO_WAIT_MS - 1;
    expect(g.isEcho("s1", { top: 6, left: 4, bottom: 6, right: 4 })).toBe(true);
    now += ECHO_BURST_MS;
    expect(g.isEcho("s1", { top: 6, left: 4, bottom: 6, right: 4 })).toBe(true);
    // The planner typing the same cell a moment later is the planner.
    now += ECHO_BURST_MS + 1;
    expect(g.isEcho("s1", { top: 6, left: 4, bottom: 6, right: 4 })).toBe(false);
    g.expect("s1", [{ top: 7, left: 4, bottom: 7, right: 4 }]);
    now += ECHO_WAIT_MS + 1;
    expect(g.isEcho("s1", { top: 7, left: 4, bottom: 7, right: 4 })).toBe(false);
  });
});

describe("reading an event's address", () => {
  it.each([
    ["E8", { top: 7, left: 4, bottom: 7, right: 4 }],
    ["E8:F9", { top: 7, left: 4, bottom: 8, right: 5 }],
    ["'Matriz POA 2024'!$E$8", { top: 7, left: 4, bottom: 7, right: 4 }],
    ["E:E", { top: 0, left: 4, bottom: 1048575, right: 4 }],
    ["8:9", { top: 7, left: 0, bottom: 8, right: 16383 }],
  ])("%s", (address, rect) => expect(eventRect(address)).toEqual(rect));

  it.each(["", "E", "8", "E8:F9:G1", "??"])("gives up on %j", (address) => expect(eventRect(address)).toBeNull());
});
