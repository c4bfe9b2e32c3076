-- 抽查任务, 抽取 (draws) with their frozen pools, 检查结果, 公示, and the append-only audit log.

CREATE TABLE plans (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  doc_no      TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (year, name)
);

CREATE TABLE tasks (
  id                    INTEGER PRIMARY KEY,
  year                  INTEGER NOT NULL,
  -- 编号 within the year: 1, 2, 3… shown as 2026-003
  number                INTEGER NOT NULL,
  name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
  source                TEXT NOT NULL DEFAULT '临时' CHECK (source IN ('计划', '临时')),
  plan_id               INTEGER REFERENCES plans(id),
  roster_id             INTEGER REFERENCES rosters(id),
  -- {"area": [...], "industry": [...], "entityType": [...], "riskClass": [...]}; empty = 不定向
  filters               TEXT NOT NULL DEFAULT '{}',
  draw_count            INTEGER CHECK (draw_count IS NULL OR draw_count > 0),
  ratio                 REAL CHECK (ratio IS NULL OR (ratio > 0 AND ratio <= 100)),
  -- {"A": 5, "B": 20, ...} percent per 信用风险分类; needs ratio mode
  class_ratios          TEXT NOT NULL DEFAULT '{}',
  repeat_window_months  INTEGER NOT NULL DEFAULT 12 CHECK (repeat_window_months >= 0),
  period_start          TEXT,
  period_end            TEXT,
  department            TEXT NOT NULL DEFAULT '',
  inspectors_per_entity INTEGER NOT NULL DEFAULT 2 CHECK (inspectors_per_entity >= 2),
  -- exclude inspectors whose 所 serves the entity's 区域
  same_area_recusal     INTEGER NOT NULL DEFAULT 0,
  with_leader           INTEGER NOT NULL DEFAULT 1,
  published_on          TEXT,
  created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((draw_count IS NULL) <> (ratio IS NULL)),
  UNIQUE (year, number)
);

CREATE TABLE task_items (
  task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  item_id INTEGER NOT NULL REFERENCES items(id),
  PRIMARY KEY (task_id, item_id)
);

-- Entities let back into the pool although drawn within the repeat window, each with its reason.
CREATE TABLE task_repeat_overrides (
  task_id   INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  reason    TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  PRIMARY KEY (task_id, entity_id)
);

CREATE TABLE draws (
  id             INTEGER PRIMARY KEY,
  task_id        INTEGER NOT NULL REFERENCES tasks(id),
  algorithm      TEXT NOT NULL,
  seed           TEXT NOT NULL,
  -- the frozen pools and parameters the selection was computed from, as canonical JSON
  entity_pool    TEXT NOT NULL,
  pool_hash      TEXT NOT NULL,
  pool_size      INTEGER NOT NULL,
  inspector_pool TEXT NOT NULL,
  params         TEXT NOT NULL,
  operator       TEXT NOT NULL CHECK (length(trim(operator)) > 0),
  witness        TEXT NOT NULL CHECK (length(trim(witness)) > 0),
  drawn_at       TEXT NOT NULL,
  prev_hash      TEXT NOT NULL,
  hash           TEXT NOT NULL UNIQUE,
  voided_at      TEXT,
  void_reason    TEXT
);
-- at most one live draw per task
CREATE UNIQUE INDEX draws_live ON draws(task_id) WHERE voided_at IS NULL;

CREATE TABLE draw_selections (
  draw_id   INTEGER NOT NULL REFERENCES draws(id),
  position  INTEGER NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  code      TEXT NOT NULL,
  PRIMARY KEY (draw_id, position),
  UNIQUE (draw_id, entity_id)
);
CREATE INDEX draw_selections_entity ON draw_selections(entity_id);

-- The teams as drawn; a later 递补 is a replacement row, never an edit of these.
CREATE TABLE draw_assignments (
  draw_id      INTEGER NOT NULL REFERENCES draws(id),
  entity_id    INTEGER NOT NULL REFERENCES entities(id),
  slot         INTEGER NOT NULL,
  inspector_id INTEGER NOT NULL REFERENCES inspectors(id),
  cert_no      TEXT NOT NULL,
  PRIMARY KEY (draw_id, entity_id, slot)
);

CREATE TABLE draw_replacements (
  id               INTEGER PRIMARY KEY,
  draw_id          INTEGER NOT NULL REFERENCES draws(id),
  entity_id        INTEGER NOT NULL REFERENCES entities(id),
  slot             INTEGER NOT NULL,
  old_inspector_id INTEGER NOT NULL REFERENCES inspectors(id),
  new_inspector_id INTEGER NOT NULL REFERENCES inspectors(id),
  new_cert_no      TEXT NOT NULL,
  -- the 执法证号 the new pick was drawn from, in canonical order, so the pick can be re-run
  candidates       TEXT NOT NULL,
  reason           TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  operator         TEXT NOT NULL DEFAULT '',
  replaced_at      TEXT NOT NULL
);

CREATE TABLE result_codes (
  code      TEXT PRIMARY KEY,
  label     TEXT NOT NULL,
  -- 1 = this code means a problem was found (for problem rates)
  problem   INTEGER NOT NULL DEFAULT 0,
  sort      INTEGER NOT NULL,
  active    INTEGER NOT NULL DEFAULT 1
);
INSERT INTO result_codes (code, label, problem, sort) VALUES
  ('1', '未发现问题', 0, 1),
  ('3', '违反食品药品管理相关规定', 1, 3),
  ('4', '违反质量技术监督相关规定', 1, 4),
  ('5', '违反其他部门相关规定', 1, 5),
  ('6', '通过登记的住所（经营场所）无法联系', 1, 6),
  ('7', '已关闭停业或正在组织清算', 0, 7),
  ('8', '不配合检查情节严重', 1, 8),
  ('9', '注销', 0, 9),
  ('10', '被吊销', 0, 10),
  ('11', '被撤销', 0, 11),
  ('12', '迁出', 0, 12),
  ('A', '发现问题待后续处理', 1, 13),
  ('B', '未按规定公示应当公示的信息', 1, 14),
  ('C', '公示信息隐瞒真实情况弄虚作假', 1, 15),
  ('D', '违反其他工商行政管理规定行为', 1, 16),
  ('E', '发现问题经责令已改正', 1, 17),
  ('F', '未发现开展本次抽查涉及的经营活动', 0, 18),
  ('G', '违反公安部门相关规定', 1, 19);

CREATE TABLE results (
  task_id            INTEGER NOT NULL REFERENCES tasks(id),
  entity_id          INTEGER NOT NULL REFERENCES entities(id),
  codes              TEXT NOT NULL DEFAULT '[]',
  methods            TEXT NOT NULL DEFAULT '[]',
  disposal           TEXT NOT NULL DEFAULT '',
  inspected_on       TEXT,
  findings           TEXT NOT NULL DEFAULT '',
  notes              TEXT NOT NULL DEFAULT '',
  inspectors_present TEXT NOT NULL DEFAULT '[]',
  updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (task_id, entity_id)
);

-- Append-only: every draw, 递补, void, result change and roster import, hash-chained.
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL DEFAULT '',
  action    TEXT NOT NULL,
  subject   TEXT NOT NULL DEFAULT '',
  details   TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL UNIQUE
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- A recorded draw never changes; only its void (作废) fields may be set, once.
CREATE TRIGGER draws_frozen BEFORE UPDATE OF task_id, algorithm, seed, entity_pool, pool_hash, pool_size,
  inspector_pool, params, operator, witness, drawn_at, prev_hash, hash ON draws
  BEGIN SELECT RAISE(ABORT, 'a recorded draw is frozen'); END;
CREATE TRIGGER draws_no_delete BEFORE DELETE ON draws
  BEGIN SELECT RAISE(ABORT, 'a recorded draw is never deleted'); END;
CREATE TRIGGER draw_selections_frozen BEFORE UPDATE ON draw_selections
  BEGIN SELECT RAISE(ABORT, 'a recorded draw is frozen'); END;
CREATE TRIGGER draw_selections_no_delete BEFORE DELETE ON draw_selections
  BEGIN SELECT RAISE(ABORT, 'a recorded draw is frozen'); END;
CREATE TRIGGER draw_assignments_frozen BEFORE UPDATE ON draw_assignments
  BEGIN SELECT RAISE(ABORT, 'a recorded draw is frozen'); END;
CREATE TRIGGER draw_assignments_no_delete BEFORE DELETE ON draw_assignments
  BEGIN SELECT RAISE(ABORT, 'a recorded draw is frozen'); END;
