import { z } from 'zod';
import { readStdin } from '../readStdin.js';
import { findBuiltIn, lookupBuiltIn, policyNames } from '../../policies/registry.js';
import type { Route } from '../../domain/Route.js';
import type { RoutingLayout } from '../../domain/RoutingLayout.js';
import { ScenarioError } from '../../scenario/ScenarioError.js';
import { aisleCountMismatch, aislePositions } from '../../scenario/schema/aislePositions.js';
import { depotPosition } from '../../model/layout/WarehouseLayout.js';
import type { CliIo } from '../CliIo.js';
import { defineCommand, type FlagTable } from '../commandDefinition.js';
import { jsonSyntaxProblem } from '../../scenario/jsonSyntax.js';
import { duplicateKeyProblems } from '../../scenario/duplicateKeys.js';

const requestSchema = z
  .strictObject({
    layout: z.strictObject({
      aisles: z.number().int().min(1).max(10_000),
      aisleLength: z.number().positive().max(10_000),
      // Required for evenly spaced aisles only: with aisleX the positions are listed.
      aisleSpacing: z.number().positive().max(1_000).optional(),
      aisleX: aislePositions.optional(),
      depot: z.enum(['front-left', 'front-middle']).default('front-left'),
      blocks: z.number().int().min(1).max(3).default(1),
    }),
    picks: z.array(z.tuple([z.number().int().min(0), z.number().min(0)])),
    policy: z.string().default('all'),
  })
  .superRefine((request, context) => {
    if (request.layout.aisleSpacing === undefined && request.layout.aisleX === undefined)
      context.addIssue({
        code: 'custom',
        path: ['layout', 'aisleSpacing'],
        message: 'expected the aisle spacing in metres (or aisleX, the x of each aisle)',
      });
    const aisleCount = aisleCountMismatch(request.layout.aisleX, request.layout.aisles);
    if (aisleCount !== undefined) context.addIssue({ code: 'custom', path: ['layout', 'aisleX'], message: aisleCount });
    request.picks.forEach(([aisle, y], index) => {
      if (aisle >= request.layout.aisles)
        context.addIssue({ code: 'custom', path: ['picks', index, 0], message: `expected an aisle index below ${request.layout.aisles}` });
      if (y > request.layout.aisleLength)
        context.addIssue({
          code: 'custom',
          path: ['picks', index, 1],
          message: `expected y <= the aisle length (${request.layout.aisleLength})`,
        });
    });
    if (request.policy !== 'all' && findBuiltIn('routing', request.policy) === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['policy'],
        message: `unknown policy "${request.policy}" (expected "all" or one of: ${policyNames('routing').join(', ')})`,
      });
    }
  });

/** The answer for one policy: distance in metres, picks in visiting order, and the walk's turning points. */
function answer(route: Route): { distance: number; route: Array<[number, number]>; path: Array<[number, number]> } {
  return {
    distance: route.distance,
    route: route.sequence.map((pick) => [pick.aisle, pick.y]),
    path: route.path.map((point) => [point.x, point.y]),
  };
}

/** `fulfill route`: routes one pick list read from stdin. */
export const ROUTE_COMMAND = defineCommand({
  name: 'route',
  operands: {},
  summary: 'route one pick list (a JSON request on stdin) with one or every routing policy',
  flags: {} satisfies FlagTable,
  action: (_input, io) => routeCommand(io),
});

/**
 * `fulfill route < request.json`: routes one pick list with one or every routing policy.
 * Request: {"layout": {"aisles", "aisleLength", "aisleSpacing", "aisleX", "depot", "blocks"}, "picks": [[aisle, y], ...], "policy": NAME | "all"}.
 */
export function routeCommand(io: CliIo, readInput: () => string = () => readStdin()): number {
  let json: unknown;
  const text = readInput();
  try {
    json = JSON.parse(text);
  } catch {
    throw new ScenarioError('stdin', [{ path: [], message: jsonSyntaxProblem(text) }]);
  }
  // JSON.parse keeps the last of a key given twice: the first would be ignored without a word, as in a scenario.
  const duplicates = duplicateKeyProblems(text);
  if (duplicates.length > 0) throw new ScenarioError('stdin', duplicates);
  const parsed = requestSchema.safeParse(json);
  if (!parsed.success) {
    throw new ScenarioError(
      'stdin',
      parsed.error.issues.map((issue) => ({
        path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
        message:
          issue.code === 'unrecognized_keys' ? `unknown key(s): ${issue.keys.join(', ')}` : issue.message.replace(/^Invalid input: /, ''),
      })),
    );
  }
  const { layout, picks, policy } = parsed.data;
  // With aisleX the spacing is not used for routing; the mean one stands in where a layout needs a number.
  const spread = layout.aisleX === undefined ? 0 : (layout.aisleX.at(-1) as number) - (layout.aisleX[0] as number);
  const aisleSpacing = layout.aisleSpacing ?? (layout.aisles > 1 && spread > 0 ? spread / (layout.aisles - 1) : 1);
  const even = { aisles: layout.aisles, aisleSpacing };
  const aisles = layout.aisleX === undefined ? even : { ...even, aisleX: layout.aisleX };
  const floor: RoutingLayout = {
    ...aisles,
    aisleLength: layout.aisleLength,
    depotX: depotPosition(layout.depot, aisles),
    blocks: layout.blocks,
  };
  const locations = picks.map(([aisle, y]) => ({ aisle, y }));
  const names = policy === 'all' ? policyNames('routing') : [policy];
  const result = Object.fromEntries(
    names.map((name) => [name, answer(lookupBuiltIn('routing', name).create(undefined).route(floor, locations))]),
  );
  io.stdout(`${JSON.stringify(result)}\n`);
  return 0;
}
