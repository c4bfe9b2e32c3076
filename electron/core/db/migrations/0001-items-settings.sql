-- The inspection item list (随机抽查事项清单) and the bureau's settings.
CREATE TABLE items (
  id          INTEGER PRIMARY KEY,
  -- 序号: the position in the current list; NULL once retired (停用), so printed lists have no gaps.
  seq         INTEGER UNIQUE,
  name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  basis       TEXT NOT NULL DEFAULT '',
  content     TEXT NOT NULL DEFAULT '',
  method      TEXT NOT NULL DEFAULT '',
  target      TEXT NOT NULL DEFAULT '',
  category    TEXT NOT NULL CHECK (category IN ('市场监管执法事项', '其它行政执法事项')),
  level       TEXT NOT NULL DEFAULT '一般' CHECK (level IN ('一般', '重点')),
  -- default sampling ratio in percent (国市监信〔2019〕38号: plans set 1%–10% per item)
  ratio       REAL CHECK (ratio IS NULL OR (ratio > 0 AND ratio <= 100)),
  frequency   TEXT NOT NULL DEFAULT '',
  retired_at  TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((retired_at IS NULL) = (seq IS NOT NULL))
);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
