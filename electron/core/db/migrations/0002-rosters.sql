-- 名录库: market entities (市场主体), the named rosters (名录) they belong to, inspectors
-- (执法检查人员) and their declared conflicts (回避).

CREATE TABLE rosters (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Which items a roster serves (its entities are the 适用对象 of those items).
CREATE TABLE roster_items (
  roster_id INTEGER NOT NULL REFERENCES rosters(id) ON DELETE CASCADE,
  item_id   INTEGER NOT NULL REFERENCES items(id),
  PRIMARY KEY (roster_id, item_id)
);

CREATE TABLE entities (
  id           INTEGER PRIMARY KEY,
  -- 统一社会信用代码, or the 15-digit 注册号 of an older 个体工商户
  code         TEXT NOT NULL UNIQUE,
  -- 1 when the clerk accepted a code that fails the GB 32100 checksum (early pilot codes do)
  code_flagged INTEGER NOT NULL DEFAULT 0,
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  legal_rep    TEXT NOT NULL DEFAULT '',
  address      TEXT NOT NULL DEFAULT '',
  area         TEXT NOT NULL DEFAULT '',
  industry     TEXT NOT NULL DEFAULT '',
  entity_type  TEXT NOT NULL DEFAULT '其他' CHECK (entity_type IN ('企业', '个体工商户', '农民专业合作社', '其他')),
  reg_status   TEXT NOT NULL DEFAULT '存续',
  established  TEXT,
  phone        TEXT NOT NULL DEFAULT '',
  -- 信用风险分类: internal, never printed on a document
  risk_class   TEXT CHECK (risk_class IS NULL OR risk_class IN ('A', 'B', 'C', 'D')),
  notes        TEXT NOT NULL DEFAULT '',
  -- where the record last came from: "file.xlsx 第 12 行" or "手工修改"
  source       TEXT NOT NULL DEFAULT '',
  -- name, code, legal representative and address in one string, for substring search
  search_text  TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX entities_area ON entities(area);
CREATE INDEX entities_industry ON entities(industry);
CREATE INDEX entities_type ON entities(entity_type);
CREATE INDEX entities_status ON entities(reg_status);
CREATE INDEX entities_risk ON entities(risk_class);

CREATE TABLE entity_rosters (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  roster_id INTEGER NOT NULL REFERENCES rosters(id) ON DELETE CASCADE,
  PRIMARY KEY (entity_id, roster_id)
) WITHOUT ROWID;
CREATE INDEX entity_rosters_roster ON entity_rosters(roster_id, entity_id);

-- What an import or an edit changed: {"field": [before, after], ...}
CREATE TABLE entity_history (
  id         INTEGER PRIMARY KEY,
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  source     TEXT NOT NULL,
  changes    TEXT NOT NULL
);
CREATE INDEX entity_history_entity ON entity_history(entity_id, id);

CREATE TABLE inspectors (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- 行政执法证号: what makes two inspectors distinct
  cert_no     TEXT NOT NULL UNIQUE CHECK (length(trim(cert_no)) > 0),
  cert_expiry TEXT,
  unit        TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  -- 执法领域: item categories this inspector may inspect, '、'-separated; empty = any
  fields      TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL DEFAULT '在岗' CHECK (status IN ('在岗', '借调', '病休', '停用')),
  notes       TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- 回避: an inspector may not inspect an entity he has an interest in.
CREATE TABLE conflicts (
  id           INTEGER PRIMARY KEY,
  inspector_id INTEGER NOT NULL REFERENCES inspectors(id) ON DELETE CASCADE,
  entity_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (inspector_id, entity_id)
);

-- The column mapping a clerk confirmed for a header, reused for the next file with that header.
CREATE TABLE import_mappings (
  kind        TEXT NOT NULL,
  header_key  TEXT NOT NULL,
  mapping     TEXT NOT NULL,
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (kind, header_key)
);
