-- Two changes that halve what an import writes per row.
--
-- 1. Search and the list's filters run over the in-memory entity index (entity-search-index.ts)
--    and a draw's pool reads the roster whole, so nothing queries these columns through an
--    index; each index cost every imported row a B-tree insert.
DROP INDEX entities_area;
DROP INDEX entities_industry;
DROP INDEX entities_type;
DROP INDEX entities_status;
DROP INDEX entities_risk;

-- 2. Where a record was first created ("file.xlsx 第 12 行", "手工录入") becomes a column of the
--    entity, beside created_at, instead of one history row per new entity: the history keeps
--    what changed later. Existing creation entries move here, then leave the history.
ALTER TABLE entities ADD COLUMN created_source TEXT NOT NULL DEFAULT '';

UPDATE entities SET created_source = coalesce(
  (SELECT h.source FROM entity_history h
    WHERE h.entity_id = entities.id AND (h.changes LIKE '{"created":%' OR h.source = '手工录入')
    ORDER BY h.id LIMIT 1),
  '');

DELETE FROM entity_history WHERE changes LIKE '{"created":%' OR source = '手工录入';
