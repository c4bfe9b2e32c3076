import { daysFromToday } from './roster-files.ts';
import type { HostCall } from './roster-fixture.ts';
import { expect, seedRoster, test } from './task-fixture.ts';

/** What a joint desk set up: the two other departments and their items. */
export interface JointDesk {
  safety: { id: number; name: string };
  health: { id: number; name: string };
  safetyItem: number;
  healthItem: number;
}

/** An inspector of another department, 在岗 with a 执法证 valid beyond any task in these tests. */
async function departmentInspector(host: HostCall, departmentId: number, name: string, certNo: string, unit: string) {
  await host('inspectors:save', { inspector: { name, certNo, certExpiry: daysFromToday(400), unit, departmentId } });
}

/**
 * A desk for a 部门联合抽查, set up through the contract as the clerk would: the roster (30 shops,
 * 本局's 6 inspectors), 县应急管理局 with its own item and 3 inspectors, 县卫生健康局 with its own
 * item and 2 inspectors.
 */
export async function seedJointDesk(host: HostCall, dir: string): Promise<JointDesk> {
  await seedRoster(host, dir, 30, 6);
  const safety = await host('departments:save', {
    department: { name: '县应急管理局', shortName: '县应急局', contact: '王应急', phone: '0352-1111111' },
  });
  const health = await host('departments:save', {
    department: { name: '县卫生健康局', shortName: '县卫健局', contact: '赵卫健', phone: '0352-2222222' },
  });
  const safetyItem = await host('items:create', {
    name: '危险化学品经营安全检查',
    category: '其它行政执法事项',
    departmentId: safety.id,
  });
  const healthItem = await host('items:create', { name: '公共场所卫生检查', category: '其它行政执法事项', departmentId: health.id });
  for (let i = 1; i <= 3; i++) await departmentInspector(host, safety.id, `应急员${i}`, `YJ000${i}`, '县应急管理局执法队');
  for (let i = 1; i <= 2; i++) await departmentInspector(host, health.id, `卫健员${i}`, `WJ000${i}`, '县卫生健康局监督所');
  return { safety, health, safetyItem: safetyItem.id, healthItem: healthItem.id };
}

export { expect, test };
