import {
  scoreRead,
  scoreWorkbook,
  PortfolioSettingsSchema,
  type ScoringResult,
} from "../../../src/core";
import {
  createSearcher,
  inThreadPortfolioRunner,
  workerPortfolioRunner,
  type WorkerSearch,
} from "../../../src/taskpane/engine/portfolioRunner";
import { withChosenPortfolio } from "../../../src/taskpane/portfolioChoice";
import type { ScoredWithPortfolio } from "../../../src/taskpane/portfolioChoice";
import { aSheet } from "../sheets";

const roadmap = { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 } as const;
let base: ScoringResult;
beforeAll(() => {
  base = scoreWorkbook(
    { sheets: [aSheet()] },
    { weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 }, roadmap },
  );
});
const scoredWith = (value: number): ScoringResult =>
  scoreRead(base.read, {
    weights: { value, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
    roadmap,
  });
const request = (scored: ScoringResult, roadmapFrom: "ranking" | "portfolio" = "ranking") => ({
  scored,
  settings: PortfolioSettingsSchema.parse({ annualBudget: 600_000, roadmapFrom }),
});

/**
 * A Worker that keeps what it is sent and answers when the test says, as the real one would:
 * every message crosses by structured clone, both ways, and the worker's code does the search.
 */
class HeldWorker {
  sent: WorkerSearch[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  private readonly search = createSearcher();
  postMessage(message: WorkerSearch): void {
    this.sent.push(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(index: number): void {
    const message = this.sent[index];
    if (!message) throw new Error(`nothing was sent at ${index}`);
    this.onmessage?.({ data: structuredClone(this.search(message)) } as MessageEvent);
  }
}

describe("the portfolio search off the UI thread", () => {
  it("gives through the worker the result worked out here, roadmap from the funded set included", () => {
    for (const from of ["ranking", "portfolio"] as const) {
      const asked = request(scoredWith(60), from);
      const here = withChosenPortfolio(
        asked.scored,
        { kind: "amount", amount: 600_000 },
        { method: "optimal", objective: "score", roadmapFrom: from },
      );
      let inThread: ScoredWithPortfolio | undefined;
      inThreadPortfolioRunner().run(asked, (answer) => (inThread = answer));
      expect(inThread?.result).toEqual(here.result);

      const worker = new HeldWorker();
      let viaWorker: ScoredWithPortfolio | undefined;
      workerPortfolioRunner(worker as unknown as Worker).run(asked, (a) => (viaWorker = a));
      worker.answer(0);
      expect(viaWorker?.result).toEqual(here.result);
      // The funded entries are this thread's own, not copies.
      const funded = viaWorker?.result.portfolio?.portfolios.chosen.funded ?? [];
      expect(funded.length).toBeGreaterThan(0);
      for (const entry of funded) expect(asked.scored.ranked).toContain(entry);
    }
  });

  it("sends the rows read once, and only the settings with each later search", () => {
    const worker = new HeldWorker();
    const runner = workerPortfolioRunner(worker as unknown as Worker);
    runner.run(request(scoredWith(30)), () => undefined);
    worker.answer(0);
    runner.run(request(scoredWith(50)), () => undefined);
    worker.answer(1);
    expect(worker.sent[0]?.read).toBeDefined();
    expect(worker.sent[1]?.read).toBeUndefined();
    expect(worker.sent[1]?.readKey).toBe(worker.sent[0]?.readKey);
  });

  it("searches only the latest weights asked while it was busy, and answers only those", () => {
    const worker = new HeldWorker();
    const runner = workerPortfolioRunner(worker as unknown as Worker);
    const answers: [string, ScoredWithPortfolio][] = [];
    const first = scoredWith(30);
    const second = scoredWith(60);
    const third = scoredWith(90);
    runner.run(request(first), (a) => answers.push(["first", a]));
    runner.run(request(second), (a) => answers.push(["second", a]));
    runner.run(request(third), (a) => answers.push(["third", a]));
    expect(worker.sent).toHaveLength(1);

    worker.answer(0);
    // The first answer came for weights already moved past: not shown; the latest asked now.
    expect(answers).toEqual([]);
    expect(worker.sent).toHaveLength(2);
    expect(worker.sent[1]?.scoring).toEqual(third.settings);

    worker.answer(1);
    expect(answers.map(([name]) => name)).toEqual(["third"]);
    const [, answer] = answers[0] as [string, ScoredWithPortfolio];
    // The result keeps the rows read here (the ranking's marks compare them by identity).
    expect(answer.result.read).toBe(third.read);
    expect(answer.result.ranked).toBe(third.ranked);
    expect(answer.result.portfolio?.funded.length).toBeGreaterThan(0);

    runner.dispose();
    expect(worker.terminated).toBe(true);
  });

  it("says so in a sentence when the worker fails, instead of throwing in the page", () => {
    const worker = new HeldWorker();
    const runner = workerPortfolioRunner(worker as unknown as Worker);
    let answered: ScoredWithPortfolio | undefined;
    const scored = scoredWith(40);
    runner.run(request(scored), (a) => (answered = a));
    worker.onmessage?.({
      data: { id: worker.sent[0]?.id, failure: "out of memory" },
    } as MessageEvent);
    expect(answered?.portfolioError).toBe("The portfolio could not be worked out: out of memory");
    expect(answered?.result).toBe(scored);
  });
});
