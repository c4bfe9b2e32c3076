import { randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/audit-log.ts';
import type { Db } from '../db/connection.ts';
import { OWN_DEPARTMENT_ID } from '../departments/department-schema.ts';
import { AppError, fieldError } from '../errors.ts';
import { getTask } from '../tasks/task-service.ts';
import type { Task } from '../tasks/task-schema.ts';
import { GENESIS_HASH } from './canonical.ts';
import { ALGORITHM, assignTeams, poolFingerprint, selectEntities, TeamShortfall } from './draw-algorithm.ts';
import { drawHash, serialisePool, witnessedSeed, type DrawContent, type SeedParts } from './draw-content.ts';
import { closeCeremony, openCeremonyRow, publicValue, witnessDigits } from './draw-ceremony.ts';
import { checkPeople, type DrawPeople } from './draw-people.ts';
import { getDraw, type DrawRecord } from './draw-read.ts';
import { buildEntityPool, type EntityPool } from './entity-pool.ts';
import { assignJointTeams, type DrawDepartment } from './joint-teams.ts';
import { attachConflicts, buildInspectorPool, type InspectorPool } from './inspector-pool.ts';

export type { DrawPeople } from './draw-people.ts';

/**
 * Where the seed comes from (ALGORITHM.md §2): the witnessed ceremony started with 开始抽取 and
 * completed with the 监督人's digits (and a public value), or the plain one-click draw.
 */
export type SeedSource =
  { mode: 'plain'; seed?: string } | { mode: 'witnessed'; ceremonyId: number; witnessDigits: string; publicValue?: string };

/**
 * 抽取: recorded the moment it runs. The pool is frozen, the seed is made as `source` says, the
 * algorithm of ALGORITHM.md picks entities and teams, and the record, chained to the previous
 * draw's hash, is written with an audit entry in one transaction. There is no "try again": a
 * task with a live draw refuses a second one.
 */
export function runDraw(
  db: Db,
  taskId: number,
  people: DrawPeople,
  now = new Date(),
  how: SeedSource | string = { mode: 'plain' },
): DrawRecord {
  const { operator, witness } = checkPeople(people);
  // A bare string is a plain draw's fixed seed: tests and benchmarks need reproducible draws.
  const source: SeedSource = typeof how === 'string' ? { mode: 'plain', seed: how } : how;
  const digits = source.mode === 'witnessed' ? witnessDigits(source.witnessDigits) : '';
  const value = source.mode === 'witnessed' ? publicValue(source.publicValue) : '';
  return db.transaction(() => {
    const task = getTask(db, taskId);
    if (task.liveDrawId !== null) {
      throw new AppError(
        `任务 ${task.code} 已有有效的抽取结果（抽取记录 #${task.liveDrawId}），不能再次抽取。如确需重新抽取，请先将该次抽取作废并写明理由。`,
      );
    }
    const pool = buildEntityPool(db, task, now);
    if (pool.quotas.every((q) => q.count === 0)) {
      throw new AppError(
        `按任务 ${task.code} 的条件，可抽取的检查对象为 0 个（已排除注销等状态 ${pool.excluded.closed} 个、近期已抽查 ${pool.excluded.repeat} 个）。请检查名录和筛选条件。`,
      );
    }
    const poolHash = poolFingerprint(pool.entries);
    let seed: string;
    let seedParts: SeedParts;
    let ceremonyId: number | null = null;
    if (source.mode === 'witnessed') {
      const open = openCeremonyRow(db, taskId);
      if (!open || open.id !== source.ceremonyId) {
        throw new AppError(`任务 ${task.code} 的这次开始抽取已经结束或被重新开始，请重新开始抽取，让监督人对新的承诺值输入随机数。`);
      }
      if (open.witness !== witness) {
        throw fieldError({
          witness: `开始抽取时看到承诺值的监督人是${open.witness}，须由他本人输入随机数完成抽取。如监督人已换人，请放弃这次开始，重新开始抽取。`,
        });
      }
      if (open.pool_hash !== poolHash) {
        throw new AppError(
          `开始抽取后，任务 ${task.code} 的候选名单有变动（开始时 ${open.pool_size} 个，现在 ${pool.entries.length} 个，或其中的主体不同）。为保证公正，请重新开始抽取。`,
        );
      }
      seed = witnessedSeed(open.secret, digits, value, poolHash);
      seedParts = {
        mode: 'witnessed',
        commitment: open.commitment,
        secret: open.secret,
        witnessDigits: digits,
        publicValue: value,
        poolHash,
        startedAt: open.started_at,
      };
      ceremonyId = open.id;
    } else {
      seed = source.seed ?? randomBytes(32).toString('hex');
      seedParts = { mode: 'plain' };
    }
    const selected = selectEntities(seed, pool.entries, pool.quotas);
    const inspectors = buildInspectorPool(db, task, now);
    attachConflicts(
      db,
      inspectors.candidates,
      selected.map((c) => pool.byCode.get(c)!.id),
    );
    const areas = Object.fromEntries(selected.map((c) => [c, pool.byCode.get(c)!.area]));
    const teamParams = { perEntity: task.inspectorsPerEntity, sameAreaRecusal: task.sameAreaRecusal, areas };
    const departments = drawDepartments(task);
    let teams: Record<string, string[]>;
    try {
      teams = departments
        ? assignJointTeams(seed, selected, inspectors.candidates, teamParams, departments)
        : assignTeams(seed, selected, inspectors.candidates, teamParams);
    } catch (err) {
      if (err instanceof TeamShortfall) throw shortfallError(db, task, err, inspectors);
      throw err;
    }
    const content: DrawContent = {
      taskId,
      algorithm: ALGORITHM,
      seed,
      poolHash,
      poolSize: pool.entries.length,
      // A single-department draw's members and params are exactly those of before issue 17, so its
      // record hashes as it always did; `department` and `departments` appear in joint draws only.
      inspectorPool: inspectors.candidates.map(({ cert, unit, conflicts, department }) =>
        department === undefined ? { cert, unit, conflicts } : { cert, unit, conflicts, department },
      ),
      params: {
        quotas: pool.quotas,
        ...teamParams,
        withLeader: task.withLeader,
        excluded: pool.excluded,
        ...(departments ? { departments } : {}),
        task: taskSnapshot(task),
      },
      operator,
      witness,
      drawnAt: now.toISOString(),
      selected,
      teams,
      // A plain draw's record has no seedParts member, exactly like every SSJ-DRAW-1 record.
      ...(seedParts.mode === 'witnessed' ? { seedParts } : {}),
    };
    const drawId = recordDraw(db, content, pool, inspectors);
    if (ceremonyId !== null) closeCeremony(db, ceremonyId, drawId, now);
    appendAudit(db, {
      actor: operator,
      action: '抽取',
      subject: `任务 ${task.code}`,
      details: {
        drawId,
        drawHash: drawHashOf(db, drawId),
        seed,
        seedMode: seedParts.mode,
        poolHash,
        poolSize: content.poolSize,
        selected: selected.length,
        witness,
      },
    });
    return getDraw(db, drawId);
  })();
}

/** A joint task's departments as the record holds them (ALGORITHM.md §5a), null for a single-department task. */
function drawDepartments(task: Task): DrawDepartment[] | null {
  if (!task.joint) return null;
  // Names label the streams and mark each inspector's department in the record: they must differ.
  const names = task.departments.map((d) => d.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined)
    throw new AppError(
      `联合抽查的两个部门名称都是“${twice}”，抽取记录无法区分。请先在“设置 → 部门”中改正部门名称（本局的名称即单位名称）。`,
    );
  return task.departments.map((d) => ({ id: d.departmentId, name: d.name, role: d.role, perEntity: d.perEntity }));
}

function taskSnapshot(task: Task): DrawContent['params']['task'] {
  return {
    code: task.code,
    name: task.name,
    items: task.items.map((i) => i.name),
    roster: task.roster,
    filters: task.filters,
    periodStart: task.periodStart,
    periodEnd: task.periodEnd,
    department: task.department,
  };
}

function drawHashOf(db: Db, drawId: number): string {
  return db.prepare('SELECT hash FROM draws WHERE id = ?').pluck().get(drawId) as string;
}

function recordDraw(db: Db, content: DrawContent, pool: EntityPool, inspectors: InspectorPool): number {
  const prevHash = (db.prepare('SELECT hash FROM draws ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? GENESIS_HASH;
  const hash = drawHash(prevHash, content);
  const drawId = Number(
    db
      .prepare(
        'INSERT INTO draws (task_id, algorithm, seed, entity_pool, pool_hash, pool_size, inspector_pool, params,' +
          ` operator, witness, drawn_at, prev_hash, hash, seed_parts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        content.taskId,
        content.algorithm,
        content.seed,
        serialisePool(pool.entries),
        content.poolHash,
        content.poolSize,
        JSON.stringify(content.inspectorPool),
        JSON.stringify(content.params),
        content.operator,
        content.witness,
        content.drawnAt,
        prevHash,
        hash,
        content.seedParts ? JSON.stringify(content.seedParts) : null,
      ).lastInsertRowid,
  );
  const inspectorId = new Map(inspectors.candidates.map((i) => [i.cert, i.id]));
  const selection = db.prepare('INSERT INTO draw_selections (draw_id, position, entity_id, code) VALUES (?, ?, ?, ?)');
  const assignment = db.prepare('INSERT INTO draw_assignments (draw_id, entity_id, slot, inspector_id, cert_no) VALUES (?, ?, ?, ?, ?)');
  content.selected.forEach((code, position) => {
    const entityId = pool.byCode.get(code)!.id;
    selection.run(drawId, position + 1, entityId, code);
    content.teams[code]!.forEach((cert, slot) => assignment.run(drawId, entityId, slot, inspectorId.get(cert)!, cert));
  });
  return drawId;
}

function shortfallError(db: Db, task: Task, err: TeamShortfall, pool: InspectorPool): AppError {
  const name = db.prepare('SELECT name FROM entities WHERE code = ?').pluck().get(err.code) as string;
  const lane = pool.departments?.find((d) => d.department.name === err.department);
  if (lane) {
    const out = lane.excluded;
    const own = lane.department.departmentId === OWN_DEPARTMENT_ID;
    const lacking = own && pool.requiredTags.length > 0 ? `，另有 ${out.tags} 人不具备所需执法领域（${pool.requiredTags.join('、')}）` : '';
    return new AppError(
      `${lane.department.name}可派的执法人员不足：检查对象“${name}”（${err.code}）该部门可派的只有 ${err.eligible} 名，需要 ${lane.department.perEntity} 名。` +
        `该部门符合条件的执法人员共 ${lane.candidates.length} 名（另有非在岗 ${out.status} 名、执法证过期或未填有效期 ${out.certificate} 名${lacking}），` +
        `其中需回避的已排除${task.sameAreaRecusal ? '（含同所回避）' : ''}。未保存任何抽取结果。请补充该部门的执法人员或调整任务。`,
      { cause: err.message },
    );
  }
  const out = pool.excluded;
  const lacking = pool.requiredTags.length > 0 ? `，另有 ${out.tags} 人不具备所需执法领域（${pool.requiredTags.join('、')}）` : '';
  return new AppError(
    `执法人员不足：检查对象“${name}”（${err.code}）可派的执法人员只有 ${err.eligible} 名，需要 ${task.inspectorsPerEntity} 名。` +
      `符合条件的执法人员共 ${pool.candidates.length} 名（另有非在岗 ${out.status} 名、执法证过期或未填有效期 ${out.certificate} 名${lacking}），` +
      `其中需回避的已排除${task.sameAreaRecusal ? '（含同所回避）' : ''}。未保存任何抽取结果。请补充执法人员或调整任务。`,
    { cause: err.message },
  );
}

/** 作废: the draw stays visible with its reason; the task may then be drawn again. */
export function voidDraw(db: Db, drawId: number, reason: string, operator = ''): DrawRecord {
  if (!reason.trim()) throw fieldError({ reason: '请填写作废理由' });
  return db.transaction(() => {
    const draw = getDraw(db, drawId);
    if (draw.voided) throw new AppError(`抽取记录 #${drawId} 已于 ${draw.voidedAt} 作废。`);
    const entered = db
      .prepare(
        "SELECT count(*) FROM results r JOIN draw_selections s ON s.entity_id = r.entity_id AND s.draw_id = ? WHERE r.task_id = ? AND r.codes <> '[]'",
      )
      .pluck()
      .get(drawId, draw.taskId) as number;
    // Results are facts of inspections made under this draw; voiding it would orphan them.
    if (entered > 0) throw new AppError(`该次抽取已录入 ${entered} 户的检查结果，不能作废。检查已经按这次抽取进行。`);
    db.prepare("UPDATE draws SET voided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), void_reason = ? WHERE id = ?").run(
      reason.trim(),
      drawId,
    );
    appendAudit(db, {
      actor: operator,
      action: '作废抽取',
      subject: `抽取记录 #${drawId}`,
      details: { drawId, drawHash: draw.hash, reason: reason.trim() },
    });
    return getDraw(db, drawId);
  })();
}
