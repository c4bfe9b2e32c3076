import { describe, expect, it } from 'vitest';
import { assignJointTeams, departmentOfSlot, type DrawDepartment } from '../../../electron/core/draw/joint-teams.ts';
import type { FrozenInspector } from '../../../electron/core/draw/draw-algorithm.ts';

const DEPARTMENTS: DrawDepartment[] = [
  { id: 1, name: '本局', role: '牵头', perEntity: 2 },
  { id: 2, name: '县应急管理局', role: '参与', perEntity: 1 },
  { id: 3, name: '县卫生健康局', role: '参与', perEntity: 2 },
];
const pool = (name: string, prefix: string, n: number): FrozenInspector[] =>
  Array.from({ length: n }, (_, i) => ({
    cert: `${prefix}${i}`,
    unit: `${name}${i % 2 === 0 ? '西坪' : '聚乐'}所`,
    conflicts: [],
    department: name,
  }));
const INSPECTORS = [...pool('本局', 'A', 7), ...pool('县应急管理局', 'B', 3), ...pool('县卫生健康局', 'C', 5)].sort((a, b) =>
  a.cert < b.cert ? -1 : 1,
);
const CODES = Array.from({ length: 23 }, (_, i) => `E${String(i).padStart(2, '0')}`);
const PARAMS = { perEntity: 5, sameAreaRecusal: false, areas: {} };

describe('joint teams over many seeds (ALGORITHM.md §5a)', () => {
  it('gives every entity k_d distinct inspectors of each department in department order, and loads within one of each other per department', () => {
    for (let s = 0; s < 40; s++) {
      const seed = s.toString(16).padStart(2, '0').repeat(32);
      const teams = assignJointTeams(seed, CODES, INSPECTORS, PARAMS, DEPARTMENTS);
      const loads = new Map<string, number>(INSPECTORS.map((i) => [i.cert, 0]));
      for (const code of CODES) {
        const team = teams[code]!;
        expect(team).toHaveLength(5);
        expect(new Set(team).size).toBe(5);
        team.forEach((cert, slot) => {
          const d = departmentOfSlot(DEPARTMENTS, slot)!;
          expect(INSPECTORS.find((i) => i.cert === cert)!.department).toBe(d.name);
          loads.set(cert, loads.get(cert)! + 1);
        });
      }
      for (const d of DEPARTMENTS) {
        const own = INSPECTORS.filter((i) => i.department === d.name).map((i) => loads.get(i.cert)!);
        expect(Math.max(...own) - Math.min(...own)).toBeLessThanOrEqual(1);
        expect(own.reduce((a, b) => a + b, 0)).toBe(CODES.length * d.perEntity);
      }
      expect(assignJointTeams(seed, CODES, INSPECTORS, PARAMS, DEPARTMENTS)).toEqual(teams);
    }
  });

  it('draws one department’s share independently of the others: its own stream', () => {
    const seed = 'aa'.repeat(32);
    const a = assignJointTeams(seed, CODES, INSPECTORS, PARAMS, DEPARTMENTS);
    // 应急 with one more inspector changes 应急's picks only: 本局's and 卫健's streams and loads are their own.
    const more = [...INSPECTORS, { cert: 'B9', unit: '县应急管理局', conflicts: [], department: '县应急管理局' }];
    const b = assignJointTeams(seed, CODES, more, PARAMS, DEPARTMENTS);
    for (const code of CODES) {
      expect(b[code]!.slice(0, 2)).toEqual(a[code]!.slice(0, 2));
      expect(b[code]!.slice(3)).toEqual(a[code]!.slice(3));
    }
  });
});
