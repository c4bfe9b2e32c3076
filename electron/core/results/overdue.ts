import dayjs from 'dayjs';
import type { Db } from '../db/connection.ts';
import { publicationDashboard, type PublicationRow } from '../publication/publication-service.ts';
import { abnormalListDuties, type AbnormalRow } from './abnormal-list.ts';
import { openDispositions } from './dispositions.ts';

/** What is late or nearly so: the dashboard's red and amber, and the count on the navigation. */
export interface OverdueSummary {
  /** 公示 past its deadline, not yet published. */
  publicationsOverdue: PublicationRow[];
  publicationsDueSoon: PublicationRow[];
  /** 经营异常名录 past its deadline, not yet listed. */
  abnormalOverdue: AbnormalRow[];
  abnormalDueSoon: AbnormalRow[];
  /** 无法联系 without an inspection date: no deadline can be counted until it is entered. */
  abnormalUndated: number;
  /** 无法联系 not yet recorded as listed, due or not. */
  abnormalOpen: number;
  /** 后续处置 not yet 完结 (they have no deadline, so they are never overdue). */
  openDispositions: number;
  /** The red count on 待办: everything past its deadline. */
  overdue: number;
  dueSoon: number;
}

/** The overdue and due-soon duties of the desk as of `today`. */
export function overdueSummary(db: Db, today = dayjs().format('YYYY-MM-DD')): OverdueSummary {
  const publications = publicationDashboard(db, today);
  const abnormal = abnormalListDuties(db, today);
  const publicationsOverdue = publications.filter((p) => p.state === '已逾期');
  const publicationsDueSoon = publications.filter((p) => p.state === '即将到期');
  const abnormalOverdue = abnormal.filter((a) => a.state === '已逾期');
  const abnormalDueSoon = abnormal.filter((a) => a.state === '即将到期');
  return {
    publicationsOverdue,
    publicationsDueSoon,
    abnormalOverdue,
    abnormalDueSoon,
    abnormalUndated: abnormal.filter((a) => a.state === '缺检查日期').length,
    abnormalOpen: abnormal.filter((a) => a.state !== '已列入').length,
    openDispositions: openDispositions(db, { open: true }, today).length,
    overdue: publicationsOverdue.length + abnormalOverdue.length,
    dueSoon: publicationsDueSoon.length + abnormalDueSoon.length,
  };
}
