-- Results as the rules require (issue 16): per-item findings, review, closure of dispositions,
-- frozen publications and their corrections, the staff who enter and review, national numbers.

-- One finding per 检查事项 of the task, the rows of the 随机抽查情况记录表:
-- [{"itemId": 3, "checked": true, "problem": "", "handling": ""}, …]
ALTER TABLE results ADD COLUMN item_findings TEXT NOT NULL DEFAULT '[]';
-- 未录入 is the absence of a result; 退回 puts a result back to 已录入 with returned_reason set;
-- 已公示 is read from publication_entities, so a published result keeps its review state.
ALTER TABLE results ADD COLUMN status TEXT NOT NULL DEFAULT '已录入' CHECK (status IN ('已录入', '已审核'));
ALTER TABLE results ADD COLUMN entered_by TEXT NOT NULL DEFAULT '';
ALTER TABLE results ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE results ADD COLUMN reviewed_at TEXT;
-- The last 退回's reason, shown to the 录入员 until the result is reviewed again.
ALTER TABLE results ADD COLUMN returned_reason TEXT NOT NULL DEFAULT '';
-- When it was returned: a result saved again since is 已录入 (修改后待审核), no longer 退回.
ALTER TABLE results ADD COLUMN returned_at TEXT;
-- Why a published result was changed (更正): printed on the 更正公示.
ALTER TABLE results ADD COLUMN correction_reason TEXT NOT NULL DEFAULT '';
-- 后续处置 to its end: 是否完结, 完结日期, 完结情况.
ALTER TABLE results ADD COLUMN disposal_closed INTEGER NOT NULL DEFAULT 0 CHECK (disposal_closed IN (0, 1));
ALTER TABLE results ADD COLUMN closed_on TEXT;
ALTER TABLE results ADD COLUMN closure_notes TEXT NOT NULL DEFAULT '';

-- 后续处置 in the provincial platform's words (DOMAIN.md); the program's earlier short words map onto them.
UPDATE results SET disposal = '未发现问题或相关问题已规范已改正，无需后续处置' WHERE disposal = '无须后置处置措施';
UPDATE results SET disposal = '违反本部门相关规定，责令改正，后续跟踪由日常监管部门负责' WHERE disposal = '责令限期整改';
UPDATE results SET disposal = '发现案件线索，初步固定相关证据后移送办案机构依法依规处理' WHERE disposal = '发现案件线索，移送办案机构';
UPDATE results SET disposal = '违反其他部门相关规定，抄告相关部门' WHERE disposal = '抄告相关部门';
-- Nothing to follow up is closed the day it is found.
UPDATE results SET disposal_closed = 1, closed_on = inspected_on WHERE disposal = '未发现问题或相关问题已规范已改正，无需后续处置';
-- Results of a task marked 已公示 before review existed were published as they stand.
UPDATE results SET status = '已审核', reviewed_by = '（升级前已公示）', reviewed_at = updated_at
  WHERE codes <> '[]' AND task_id IN (SELECT id FROM tasks WHERE published_on IS NOT NULL);

-- The people who enter (录入员) and review (审核员) results; who is signed in on a PC is a setting.
CREATE TABLE staff (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  can_enter   INTEGER NOT NULL DEFAULT 1 CHECK (can_enter IN (0, 1)),
  can_review  INTEGER NOT NULL DEFAULT 0 CHECK (can_review IN (0, 1)),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A publication is an act: what was published, on which date, frozen, its SHA-256 also in the
-- audit chain. A 更正公示 names the publication it corrects.
CREATE TABLE publications (
  id            INTEGER PRIMARY KEY,
  task_id       INTEGER NOT NULL REFERENCES tasks(id),
  kind          TEXT NOT NULL CHECK (kind IN ('公示', '分批公示', '更正公示')),
  published_on  TEXT NOT NULL,
  -- the published rows as canonical JSON text; content_hash = SHA-256 of exactly this text
  content       TEXT NOT NULL,
  content_hash  TEXT NOT NULL,
  corrects_id   INTEGER REFERENCES publications(id),
  reason        TEXT NOT NULL DEFAULT '',
  actor         TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((kind = '更正公示') = (corrects_id IS NOT NULL)),
  CHECK (kind <> '更正公示' OR length(trim(reason)) > 0)
);
CREATE INDEX publications_task ON publications(task_id);
-- Which entities each publication names, for 已公示 counts and the entity's latest published row.
CREATE TABLE publication_entities (
  publication_id  INTEGER NOT NULL REFERENCES publications(id),
  task_id         INTEGER NOT NULL REFERENCES tasks(id),
  entity_id       INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (publication_id, entity_id)
);
CREATE INDEX publication_entities_task ON publication_entities(task_id, entity_id);
CREATE TRIGGER publications_frozen BEFORE UPDATE ON publications
  BEGIN SELECT RAISE(ABORT, 'a publication is frozen'); END;
CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications
  BEGIN SELECT RAISE(ABORT, 'a publication is never deleted'); END;
CREATE TRIGGER publication_entities_frozen BEFORE UPDATE ON publication_entities
  BEGIN SELECT RAISE(ABORT, 'a publication is frozen'); END;
CREATE TRIGGER publication_entities_no_delete BEFORE DELETE ON publication_entities
  BEGIN SELECT RAISE(ABORT, 'a publication is never deleted'); END;

-- National numbering for 国家企业信用信息公示系统 (6-digit 机关代码 + date + "1" + sequence);
-- the bureau's own 编号 (2026-001) stays for its paper.
ALTER TABLE plans ADD COLUMN national_code TEXT;
ALTER TABLE tasks ADD COLUMN national_code TEXT;
CREATE UNIQUE INDEX plans_national_code ON plans(national_code) WHERE national_code IS NOT NULL;
CREATE UNIQUE INDEX tasks_national_code ON tasks(national_code) WHERE national_code IS NOT NULL;

-- 经营异常名录: an entity found 通过登记的住所（经营场所）无法联系 (code 6) is to be listed within 10
-- working days of the finding; the clerk records here that it was (列入日期, 决定书文号).
CREATE TABLE abnormal_listings (
  task_id     INTEGER NOT NULL REFERENCES tasks(id),
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  listed_on   TEXT NOT NULL,
  doc_no      TEXT NOT NULL DEFAULT '',
  actor       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (task_id, entity_id)
);
