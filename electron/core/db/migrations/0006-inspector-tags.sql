-- 执法领域 / 业务专长 become free tags (食品安全, 特种设备, 计量…) instead of item categories, the
-- 状态 list grows to 在岗 / 退休 / 借调 / 休假 / 病休 / 调离 / 停用 (only 在岗 is drawn: the others are
-- kept, never refused), and a task may name the tags its teams need.
--
-- SQLite cannot change a CHECK in place, so inspectors is rebuilt (ALTER TABLE, "making other kinds
-- of table schema changes"). The documented steps start with PRAGMA foreign_keys = OFF, which is a
-- no-op here: migrate.ts runs every migration inside one transaction, on a connection opened with
-- foreign keys ON. With them on, DROP TABLE inspectors deletes its rows first, which would
--   * cascade to conflicts (ON DELETE CASCADE): they are set aside and put back with their ids;
--   * orphan draw_assignments and draw_replacements (no action): with defer_foreign_keys those
--     violations wait for COMMIT, and each inspector inserted again under the table's own name
--     resolves its children's. (Renaming a copy into place would not: SQLite counts deferred
--     violations and only an INSERT into the parent takes them back, so COMMIT would fail.)
-- The same steps are right with foreign keys off, where nothing cascades and nothing is counted.
-- The pragma switches itself off again at COMMIT.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE inspectors_0006 AS SELECT * FROM inspectors;
CREATE TABLE conflicts_0006 AS SELECT * FROM conflicts;

DROP TABLE inspectors;

CREATE TABLE inspectors (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- 行政执法证号: what makes two inspectors distinct
  cert_no     TEXT NOT NULL UNIQUE CHECK (length(trim(cert_no)) > 0),
  cert_expiry TEXT,
  unit        TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  -- 执法领域 / 业务专长: free tags, '、'-joined (a tag never holds 、, see inspector-tags.ts);
  -- never matched against item categories. Was `fields`, which held the categories.
  tags        TEXT NOT NULL DEFAULT '',
  -- only 在岗 is drawn; the others are kept so the roster stays whole
  status      TEXT NOT NULL DEFAULT '在岗'
              CHECK (status IN ('在岗', '退休', '借调', '休假', '病休', '调离', '停用')),
  notes       TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The old category names (市场监管执法事项…) stay as tags: '、'-joined then and now.
INSERT INTO inspectors (id, name, cert_no, cert_expiry, unit, phone, tags, status, notes, source, created_at, updated_at)
  SELECT id, name, cert_no, cert_expiry, unit, phone, fields, status, notes, source, created_at, updated_at
  FROM inspectors_0006 ORDER BY id;

DELETE FROM conflicts;
INSERT INTO conflicts (id, inspector_id, entity_id, reason, created_at)
  SELECT id, inspector_id, entity_id, reason, created_at FROM conflicts_0006 ORDER BY id;

DROP TABLE inspectors_0006;
DROP TABLE conflicts_0006;

-- inspectors had no index or trigger of its own besides its UNIQUE (cert_no), which the table
-- definition recreates.

-- A clerk's remembered column mapping for an inspector header names the importer's field keys;
-- the 执法领域 column's key is `tags` now, so a remembered `fields` becomes `tags` (else the next
-- import of that layout would leave the column unmapped and empty everyone's tags).
UPDATE import_mappings
   SET mapping = json_set(json_remove(mapping, '$.fields'), '$.tags', json_extract(mapping, '$.fields'))
 WHERE kind = 'inspectors' AND json_type(mapping, '$.fields') = 'integer';

-- 所需执法领域: a JSON array of tags; a team member must hold at least one of them. [] = any.
ALTER TABLE tasks ADD COLUMN required_tags TEXT NOT NULL DEFAULT '[]';
