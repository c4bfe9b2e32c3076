-- The witnessed draw (ALGORITHM.md §2): every 开始抽取 is recorded with its commitment SHA-256(r)
-- before the 监督人 types his digits, also one abandoned before the draw, so drawing again and
-- again until a result pleases leaves a trace. At most one ceremony per task is open at a time.
CREATE TABLE draw_ceremonies (
  id          INTEGER PRIMARY KEY,
  task_id     INTEGER NOT NULL REFERENCES tasks(id),
  commitment  TEXT NOT NULL UNIQUE,
  -- r, 64 hex digits: printed on the record once drawn (or once abandoned)
  secret      TEXT NOT NULL,
  -- the pool fingerprint when the commitment was shown: the draw refuses a pool changed since
  pool_hash   TEXT NOT NULL,
  pool_size   INTEGER NOT NULL,
  operator    TEXT NOT NULL,
  -- the 监督人 who saw the commitment: only he may type the digits that complete it
  witness     TEXT NOT NULL,
  started_at  TEXT NOT NULL,
  outcome     TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'drawn', 'abandoned')),
  ended_at    TEXT,
  -- why it was abandoned (放弃理由, or 重新开始抽取)
  end_reason  TEXT,
  draw_id     INTEGER REFERENCES draws(id)
);
CREATE UNIQUE INDEX draw_ceremonies_open ON draw_ceremonies(task_id) WHERE outcome = 'open';
CREATE INDEX draw_ceremonies_task ON draw_ceremonies(task_id);

-- A ceremony's commitment and secret never change; it ends once, as drawn or abandoned.
CREATE TRIGGER draw_ceremonies_frozen BEFORE UPDATE OF id, task_id, commitment, secret, pool_hash, pool_size, operator, witness, started_at ON draw_ceremonies
  BEGIN SELECT RAISE(ABORT, 'a started ceremony is frozen'); END;
CREATE TRIGGER draw_ceremonies_ended BEFORE UPDATE ON draw_ceremonies WHEN OLD.outcome <> 'open'
  BEGIN SELECT RAISE(ABORT, 'an ended ceremony is frozen'); END;
CREATE TRIGGER draw_ceremonies_no_delete BEFORE DELETE ON draw_ceremonies
  BEGIN SELECT RAISE(ABORT, 'a started ceremony is never deleted'); END;

-- A witnessed draw's seed parts (SSJ-DRAW-2, ALGORITHM.md §2); NULL for a plain draw and for SSJ-DRAW-1.
ALTER TABLE draws ADD COLUMN seed_parts TEXT;
DROP TRIGGER draws_frozen;
CREATE TRIGGER draws_frozen BEFORE UPDATE OF task_id, algorithm, seed, entity_pool, pool_hash, pool_size,
  inspector_pool, params, operator, witness, drawn_at, prev_hash, hash, seed_parts ON draws
  BEGIN SELECT RAISE(ABORT, 'a recorded draw is frozen'); END;

-- A 递补 is as final as the draw it changes; a correction is another 递补, never an edit.
CREATE TRIGGER draw_replacements_frozen BEFORE UPDATE ON draw_replacements
  BEGIN SELECT RAISE(ABORT, 'a recorded replacement is frozen'); END;
CREATE TRIGGER draw_replacements_no_delete BEFORE DELETE ON draw_replacements
  BEGIN SELECT RAISE(ABORT, 'a recorded replacement is never deleted'); END;
