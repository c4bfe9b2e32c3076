import { describe, expect, it } from 'vitest';
import { buildInspectorPool } from '../../../electron/core/draw/inspector-pool.ts';
import { runDraw } from '../../../electron/core/draw/draw-service.ts';
import { INSPECTOR_STATUSES, type InspectorStatus } from '../../../electron/core/inspectors/inspector-schema.ts';
import { listInspectors, saveInspector } from '../../../electron/core/inspectors/inspector-service.ts';
import { fieldsOf } from '../field-errors.ts';
import { tempContext } from '../temp-db.ts';
import { makeTask, PEOPLE, seedEntities } from '../draw/draw-fixtures.ts';

const NOT_DRAWN: InspectorStatus[] = ['退休', '借调', '休假', '病休', '调离', '停用'];

describe('inspector 状态', () => {
  it('knows 在岗, 退休, 借调, 休假, 病休, 调离 and 停用', () => {
    expect([...INSPECTOR_STATUSES]).toEqual(['在岗', ...NOT_DRAWN]);
  });

  it('keeps 退休, 借调, 休假, 病休, 调离 and 停用 inspectors instead of refusing them, and never draws them', () => {
    const { db } = tempContext();
    seedEntities(db, 6);
    for (const [i, status] of (['在岗', '在岗', ...NOT_DRAWN] as InspectorStatus[]).entries()) {
      saveInspector(db, { inspector: { name: `人员${i + 1}`, certNo: `1402${i + 1}`, certExpiry: '2030-12-31', status } });
    }
    expect(
      listInspectors(db)
        .map((i) => i.status)
        .sort(),
    ).toEqual(['在岗', '在岗', ...NOT_DRAWN].sort());
    const task = makeTask(db, { count: 6 });
    const pool = buildInspectorPool(db, task, new Date('2026-11-24T09:00:00Z'));
    expect(pool.candidates.map((c) => c.name)).toEqual(['人员1', '人员2']);
    expect(pool.excluded).toEqual({ status: 6, certificate: 0, tags: 0 });
    const draw = runDraw(db, task.id, PEOPLE, new Date('2026-11-24T09:00:00Z'), 'ab'.repeat(32));
    const drawn = new Set(draw.selected.flatMap((e) => e.inspectors.map((i) => i.name)));
    expect([...drawn].sort()).toEqual(['人员1', '人员2']);
  });

  it('refuses a status outside the list, naming the allowed ones', () => {
    const { db } = tempContext();
    const reason = fieldsOf(() =>
      saveInspector(db, { inspector: { name: '王一', certNo: '1', status: '出差' as InspectorStatus } }),
    )?.status;
    expect(reason).toBe('状态只能是：在岗、退休、借调、休假、病休、调离、停用');
  });
});
