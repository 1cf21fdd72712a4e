/** The walk (node ids) of a connected Eulerian multigraph with `nodes` nodes, from node `start` (Hierholzer). */
export function eulerWalk(nodes: number, edges: readonly number[], start: number): number[] {
  const edgeCount = edges.length / 2;
  // Adjacency as linked lists in flat arrays: each edge appears once from each end.
  const head = new Int32Array(nodes).fill(-1);
  const next = new Int32Array(2 * edgeCount);
  const target = new Int32Array(2 * edgeCount);
  for (let edge = 0; edge < edgeCount; edge++) {
    const from = edges[2 * edge] as number;
    const to = edges[2 * edge + 1] as number;
    target[2 * edge] = to;
    next[2 * edge] = head[from] as number;
    head[from] = 2 * edge;
    target[2 * edge + 1] = from;
    next[2 * edge + 1] = head[to] as number;
    head[to] = 2 * edge + 1;
  }
  const used = new Uint8Array(edgeCount);
  const stack = [start];
  const walk: number[] = [];
  while (stack.length > 0) {
    const here = stack[stack.length - 1] as number;
    let slot = head[here] as number;
    while (slot >= 0 && used[slot >> 1] === 1) slot = next[slot] as number;
    head[here] = slot < 0 ? -1 : (next[slot] as number);
    if (slot < 0) walk.push(stack.pop() as number);
    else {
      used[slot >> 1] = 1;
      stack.push(target[slot] as number);
    }
  }
  return walk.reverse();
}
