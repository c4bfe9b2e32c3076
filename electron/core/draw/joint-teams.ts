import { areaRecusal, eligibleFor, leastLoadedPick, TeamShortfall, type FrozenInspector, type TeamParams } from './draw-algorithm.ts';
import { DrawRng } from './rng.ts';

/**
 * A department of a joint draw as its record holds it (`params.departments`, ALGORITHM.md §5a):
 * the lead first. `name` is the name as printed at the draw; it labels the department's stream
 * and marks its inspectors in the frozen pool. `id` lets the program map slots back to its rows.
 */
export interface DrawDepartment {
  id: number;
  name: string;
  role: '牵头' | '参与';
  perEntity: number;
}

/** The label of a department's team stream: `teams:<name as printed>`. */
export const teamStream = (department: string) => `teams:${department}`;

/**
 * §5a: each department draws its own k_d inspectors for every selected entity, from its own
 * inspectors, on its own stream, with its own loads, exactly as §5 does for the whole pool. The
 * joint team is the departments' teams in department order, so slot 0 is the lead's first pick.
 * Entities are taken in selection order and departments in task order within each entity, so the
 * first shortfall reported is the same on every run.
 */
export function assignJointTeams(
  seed: string,
  selected: readonly string[],
  inspectors: readonly FrozenInspector[],
  params: TeamParams,
  departments: readonly DrawDepartment[],
): Record<string, string[]> {
  const load = new Map(inspectors.map((i) => [i.cert, 0]));
  const lanes = departments.map((d) => {
    const pool = inspectors.filter((i) => i.department === d.name);
    return { department: d, pool, rng: new DrawRng(seed, teamStream(d.name)), recusal: areaRecusal(pool) };
  });
  const teams: Record<string, string[]> = {};
  for (const code of selected) {
    const team: string[] = [];
    for (const lane of lanes) {
      const k = lane.department.perEntity;
      const eligible = eligibleFor(code, lane.pool, params, lane.recusal);
      if (eligible.length < k) throw new TeamShortfall(code, eligible.length, lane.department.name);
      const own: string[] = [];
      for (let slot = 0; slot < k; slot++) {
        const pick = leastLoadedPick(
          eligible.filter((i) => !own.includes(i.cert)).map((i) => i.cert),
          load,
          lane.rng,
        );
        own.push(pick);
        load.set(pick, (load.get(pick) ?? 0) + 1);
      }
      team.push(...own);
    }
    teams[code] = team;
  }
  return teams;
}

/** Which department holds a slot of a joint team: slots run through the departments in order. */
export function departmentOfSlot<D extends { perEntity: number }>(departments: readonly D[], slot: number): D | null {
  let end = 0;
  for (const d of departments) {
    end += d.perEntity;
    if (slot < end) return d;
  }
  return null;
}
