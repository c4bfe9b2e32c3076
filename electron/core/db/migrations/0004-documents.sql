-- Documents: 文号 (issued once, never reused), the bureau's edited templates, and the 需要准备的资料
-- of each task's 检查通知书.

-- One 文号 sequence per 机关代字 (prefix) and year: 大同县市监〔2026〕1号, 2号 … `last` only grows,
-- so a number is never issued twice, even if the prefix is changed and changed back.
CREATE TABLE doc_number_sequences (
  prefix TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL CHECK (last > 0),
  PRIMARY KEY (prefix, year)
) WITHOUT ROWID;

-- Every 文号 issued, with the document it belongs to: regenerating that document (same type, task
-- and entity) prints the same number and date.
CREATE TABLE doc_numbers (
  id         INTEGER PRIMARY KEY,
  doc_type   TEXT NOT NULL,
  task_id    INTEGER NOT NULL REFERENCES tasks(id),
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  prefix     TEXT NOT NULL,
  year       INTEGER NOT NULL,
  seq        INTEGER NOT NULL CHECK (seq > 0),
  -- as printed: 大同县市监〔2026〕3号
  number     TEXT NOT NULL UNIQUE,
  -- 成文日期, YYYY-MM-DD
  issued_on  TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (doc_type, task_id, entity_id),
  UNIQUE (prefix, year, seq)
);
CREATE INDEX doc_numbers_task ON doc_numbers(task_id);
CREATE TRIGGER doc_numbers_no_update BEFORE UPDATE ON doc_numbers
  BEGIN SELECT RAISE(ABORT, 'an issued document number never changes'); END;
CREATE TRIGGER doc_numbers_no_delete BEFORE DELETE ON doc_numbers
  BEGIN SELECT RAISE(ABORT, 'an issued document number is never withdrawn'); END;

-- A template the bureau edited; without a row the default in resources/templates/ is used.
CREATE TABLE document_templates (
  doc_type   TEXT PRIMARY KEY,
  body       TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- 需要准备的资料 of a task's notices, edited for that task (JSON array of lines); without a row the
-- default list (template "materials") is used.
CREATE TABLE task_materials (
  task_id    INTEGER PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,
  list       TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
