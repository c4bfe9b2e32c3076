import type { Db } from '../db/connection.ts';
import type { Entity, EntityFields } from './entity-schema.ts';

/** Row mapping and the statements the entity services share. */
export interface EntityRow {
  id: number;
  code: string;
  code_flagged: number;
  name: string;
  legal_rep: string;
  address: string;
  area: string;
  reg_authority: string;
  jurisdiction: string;
  industry: string;
  entity_type: Entity['entityType'];
  reg_status: string;
  established: string | null;
  phone: string;
  risk_class: Entity['riskClass'];
  notes: string;
  source: string;
  /** Where the record was first created: "file.xlsx 第 12 行" or "手工录入". */
  created_source: string;
  created_at: string;
  updated_at: string;
  rosters?: string | null;
}

export function fieldsOfRow(row: EntityRow): EntityFields {
  return {
    code: row.code,
    name: row.name,
    legalRep: row.legal_rep,
    address: row.address,
    area: row.area,
    regAuthority: row.reg_authority,
    jurisdiction: row.jurisdiction,
    industry: row.industry,
    entityType: row.entity_type,
    regStatus: row.reg_status,
    established: row.established,
    phone: row.phone,
    riskClass: row.risk_class,
    notes: row.notes,
  };
}

function toEntity(row: EntityRow): Entity {
  return {
    id: row.id,
    ...fieldsOfRow(row),
    codeFlagged: row.code_flagged === 1,
    rosters: row.rosters ? row.rosters.split('\u0001').sort() : [],
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The text substring search runs over: name, code, legal representative and address. */
export function searchTextOf(f: Pick<EntityFields, 'name' | 'code' | 'legalRep' | 'address'>): string {
  return [f.name, f.code, f.legalRep, f.address].join('\u0001');
}

const SELECT_WITH_ROSTERS = `
  SELECT e.*, (SELECT group_concat(r.name, char(1)) FROM entity_rosters er JOIN rosters r ON r.id = er.roster_id
               WHERE er.entity_id = e.id) AS rosters
  FROM entities e`;

export function selectEntitiesByIds(db: Db, ids: number[]): Entity[] {
  if (ids.length === 0) return [];
  const rows = db.prepare(`${SELECT_WITH_ROSTERS} WHERE e.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as EntityRow[];
  const byId = new Map(rows.map((r) => [r.id, toEntity(r)]));
  return ids.map((id) => byId.get(id)).filter((e): e is Entity => e !== undefined);
}

export function selectEntityByCode(db: Db, code: string): EntityRow | undefined {
  return db.prepare('SELECT * FROM entities WHERE code = ?').get(code) as EntityRow | undefined;
}

export const ENTITY_COLUMNS: Record<keyof EntityFields, string> = {
  code: 'code',
  name: 'name',
  legalRep: 'legal_rep',
  address: 'address',
  area: 'area',
  regAuthority: 'reg_authority',
  jurisdiction: 'jurisdiction',
  industry: 'industry',
  entityType: 'entity_type',
  regStatus: 'reg_status',
  established: 'established',
  phone: 'phone',
  riskClass: 'risk_class',
  notes: 'notes',
};
