import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../electron/api/contract.ts';
import { api } from '../api/client.ts';
import { useNotify } from './notify.tsx';

export type Vocabulary = CallOutput<'app:vocabulary'>;

const EMPTY: Vocabulary = {
  itemCategories: [],
  itemLevels: [],
  entityTypes: [],
  riskClasses: [],
  closedStatuses: [],
  inspectorStatuses: [],
  checkMethods: [],
  disposals: [],
  defaultRoster: '',
  settingsLabels: { bureauName: '', docPrefix: '', contactName: '', contactPhone: '', publicationDays: '', authorityCode: '' },
};

let cached: Promise<Vocabulary> | null = null;

/** The core's fixed word lists (核查方式, 后续处置, 主体类型…); asked once per start. */
export function useVocabulary(): Vocabulary {
  const notify = useNotify();
  const [vocabulary, setVocabulary] = useState<Vocabulary>(EMPTY);
  useEffect(() => {
    cached ??= api.run('app:vocabulary', {});
    cached.then(setVocabulary, (err: unknown) => {
      cached = null;
      notify.error(err);
    });
  }, [notify]);
  return vocabulary;
}
