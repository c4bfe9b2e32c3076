-- Two more facts on a market entity, both filterable in the list and kept by the import:
-- 登记机关 (the authority that registered it, e.g. 大同县市场监督管理局) and 管辖单位 (the unit
-- with jurisdiction over it, e.g. 西坪市场监管所). Free text, '' when a file does not say;
-- entityInputSchema limits each to 100 characters, so no CHECK here (the import skips SQLite's
-- row-by-row CHECK and relies on the schema, see entity-import.test.ts).
ALTER TABLE entities ADD COLUMN reg_authority TEXT NOT NULL DEFAULT '';
ALTER TABLE entities ADD COLUMN jurisdiction TEXT NOT NULL DEFAULT '';
