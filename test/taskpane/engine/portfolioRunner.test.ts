import {
  scoreRead,
  scoreWorkbook,
  PortfolioSettingsSchema,
  type ScoringResult,
} from "../../../src/core";
import {
  answerFor,
  inThreadPortfolioRunner,
  workerPortfolioRunner,
  type PortfolioRequest,
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

/** A Worker that keeps what it is sent and answers when the test says, as the real one would. */
class HeldWorker {
  sent: { id: number; request: PortfolioRequest }[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  postMessage(message: { id: number; request: PortfolioRequest }): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(index: number): void {
    const message = this.sent[index];
    if (!message) throw new Error(`nothing was sent at ${index}`);
    this.onmessage?.({ data: answerFor(message.id, message.request) } as MessageEvent);
  }
}

describe("the portfolio search off the UI thread", () => {
  it("gives the same result as working it out here, roadmap from the funded set included", () => {
    for (const from of ["ranking", "portfolio"] as const) {
      const asked = request(scoredWith(60), from);
      let answered: ScoredWithPortfolio | undefined;
      inThreadPortfolioRunner().run(asked, (answer) => (answered = answer));
      const here = withChosenPortfolio(
        asked.scored,
        { kind: "amount", amount: 600_000 },
        { method: "optimal", objective: "score", roadmapFrom: from },
      );
      expect(answered?.result).toEqual(here.result);
    }
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
    expect(worker.sent[1]?.request.scored).toBe(third);

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
