import { rowCompliance } from "../../../src/core/monitoring/compliance";
import { semaforo } from "../../../src/core/monitoring/semaforo";
import { done, plan } from "./rows";

describe("semáforo (§9)", () => {
  it("by default: ≥ 100 % cumplido, ≥ 80 % en riesgo, < 80 % crítico, nothing due sin programación", () => {
    expect(semaforo(1.25)).toBe("cumplido");
    expect(semaforo(1)).toBe("cumplido");
    expect(semaforo(0.99)).toBe("en_riesgo");
    expect(semaforo(0.8)).toBe("en_riesgo");
    expect(semaforo(0.7999)).toBe("critico");
    expect(semaforo(0)).toBe("critico");
    expect(semaforo(null)).toBe("sin_programacion");
  });

  it("follows the thresholds the workbook holds", () => {
    const t = { cumplido: 0.9, enRiesgo: 0.6 };
    expect(semaforo(0.9, t)).toBe("cumplido");
    expect(semaforo(0.89, t)).toBe("en_riesgo");
    expect(semaforo(0.6, t)).toBe("en_riesgo");
    expect(semaforo(0.59, t)).toBe("critico");
  });

  it("calls a row done in full green even where float sums land a hair under 100 %", () => {
    // Shares planned 0.1, 0.1, 0.4 and done 0.1, 0.4, 0.1: 0.6 of 0.6, which sums to 0.9999999999999998.
    const c = rowCompliance({ planned: plan(0.1, 0.1, 0.4), executed: done(0.1, 0.4, 0.1) }, 3);
    expect(c.T1).toBeLessThan(1);
    expect(semaforo(c.T1)).toBe("cumplido");
  });
});
