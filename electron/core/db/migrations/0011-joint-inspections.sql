-- 部门联合抽查 (issue 17): departments, the 实施部门 of items and inspectors, joint tasks with their
-- lead and participating departments, and results kept per department ("谁检查、谁录入、谁公开").

-- 本局 is row 1 and always exists; its printed name is the 单位名称 of 设置. A NULL department_id
-- anywhere below means 本局, so rows written by earlier versions need no backfill.
CREATE TABLE departments (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  -- 简称, for the 文号 prefix and the seal line (e.g. 县应急局)
  short_name  TEXT NOT NULL DEFAULT '',
  contact     TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  is_own      INTEGER NOT NULL DEFAULT 0 CHECK (is_own IN (0, 1)),
  sort        INTEGER NOT NULL DEFAULT 0,
  retired_at  TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX departments_own ON departments(is_own) WHERE is_own = 1;
INSERT INTO departments (id, name, short_name, is_own, sort) VALUES (1, '本局', '', 1, 0);

-- Added columns carry no REFERENCES (SQLite cannot drop such a column again); the services check them.
ALTER TABLE items ADD COLUMN department_id INTEGER;
ALTER TABLE inspectors ADD COLUMN department_id INTEGER;

-- A joint task names its departments: one 牵头 (the lead, who draws the entities) and the 参与部门,
-- each with k = inspectors per entity from that department. A single-department task has no rows.
ALTER TABLE tasks ADD COLUMN joint INTEGER NOT NULL DEFAULT 0 CHECK (joint IN (0, 1));
CREATE TABLE task_departments (
  task_id       INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  role          TEXT NOT NULL CHECK (role IN ('牵头', '参与')),
  per_entity    INTEGER NOT NULL CHECK (per_entity >= 1),
  position      INTEGER NOT NULL,
  PRIMARY KEY (task_id, department_id)
);
CREATE UNIQUE INDEX task_departments_lead ON task_departments(task_id) WHERE role = '牵头';
-- Which department inspects each item of a joint task, fixed with the task (NULL = 本局).
ALTER TABLE task_items ADD COLUMN department_id INTEGER;

-- Results per department: one row per (task, entity, department); a single-department task's
-- results are 本局's (1). The table is rebuilt because the key changes.
CREATE TABLE results_0011 (
  task_id            INTEGER NOT NULL REFERENCES tasks(id),
  entity_id          INTEGER NOT NULL REFERENCES entities(id),
  department_id      INTEGER NOT NULL DEFAULT 1 REFERENCES departments(id),
  codes              TEXT NOT NULL DEFAULT '[]',
  methods            TEXT NOT NULL DEFAULT '[]',
  disposal           TEXT NOT NULL DEFAULT '',
  inspected_on       TEXT,
  findings           TEXT NOT NULL DEFAULT '',
  notes              TEXT NOT NULL DEFAULT '',
  inspectors_present TEXT NOT NULL DEFAULT '[]',
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  item_findings      TEXT NOT NULL DEFAULT '[]',
  status             TEXT NOT NULL DEFAULT '已录入' CHECK (status IN ('已录入', '已审核')),
  entered_by         TEXT NOT NULL DEFAULT '',
  reviewed_by        TEXT NOT NULL DEFAULT '',
  reviewed_at        TEXT,
  returned_reason    TEXT NOT NULL DEFAULT '',
  returned_at        TEXT,
  correction_reason  TEXT NOT NULL DEFAULT '',
  disposal_closed    INTEGER NOT NULL DEFAULT 0 CHECK (disposal_closed IN (0, 1)),
  closed_on          TEXT,
  closure_notes      TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (task_id, entity_id, department_id)
);
INSERT INTO results_0011 (task_id, entity_id, department_id, codes, methods, disposal, inspected_on, findings, notes,
    inspectors_present, updated_at, item_findings, status, entered_by, reviewed_by, reviewed_at, returned_reason,
    returned_at, correction_reason, disposal_closed, closed_on, closure_notes)
  SELECT task_id, entity_id, 1, codes, methods, disposal, inspected_on, findings, notes,
    inspectors_present, updated_at, item_findings, status, entered_by, reviewed_by, reviewed_at, returned_reason,
    returned_at, correction_reason, disposal_closed, closed_on, closure_notes FROM results;
DROP TABLE results;
ALTER TABLE results_0011 RENAME TO results;

-- Each department publishes its own results of a joint task; NULL = 本局 (every earlier publication).
ALTER TABLE publications ADD COLUMN department_id INTEGER;
