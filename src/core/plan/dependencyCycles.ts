/**
 * Use cases caught in a dependency cycle, found with Tarjan's strongly connected components
 * in time linear in use cases plus dependencies. Iterative, so a 100,000-long dependency
 * chain does not overflow the call stack.
 */

/**
 * `dependencies[n]` lists the nodes node n depends on. Returns, per node, whether it sits
 * in a cycle: a component of two or more nodes, or a node that depends on itself.
 */
export function nodesInCycles(dependencies: readonly (readonly number[])[]): boolean[] {
  const count = dependencies.length;
  const order = new Int32Array(count).fill(-1);
  const lowLink = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const inCycle = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  let nextOrder = 0;

  // Each frame: the node and how many of its dependencies have been visited.
  const frames: [node: number, edge: number][] = [];
  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    frames.push([root, 0]);
    order[root] = lowLink[root] = nextOrder++;
    stack.push(root);
    onStack[root] = 1;

    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number];
      const [node, edge] = frame;
      const edges = dependencies[node] ?? [];
      if (edge < edges.length) {
        frame[1] = edge + 1;
        const next = edges[edge] as number;
        if (next === node) inCycle[node] = true;
        if (order[next] === -1) {
          order[next] = lowLink[next] = nextOrder++;
          stack.push(next);
          onStack[next] = 1;
          frames.push([next, 0]);
        } else if (onStack[next]) {
          lowLink[node] = Math.min(lowLink[node] as number, order[next] as number);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent)
        lowLink[parent[0]] = Math.min(lowLink[parent[0]] as number, lowLink[node] as number);
      if (lowLink[node] === order[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        if (component.length > 1) for (const m of component) inCycle[m] = true;
      }
    }
  }
  return inCycle;
}
