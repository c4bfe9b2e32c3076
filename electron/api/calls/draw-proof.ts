import { drawProof } from '../../core/draw/draw-proof.ts';
import { call } from '../define.ts';
import { byId } from './shared.ts';

/** How a draw's seed was made and the hashes that anchor it, for the draw's record on screen. */
export const drawProofCalls = {
  'draws:proof': call(byId, '抽取记录的种子来源、开始抽取经过和哈希值', (ctx, { id }) => drawProof(ctx.db, id)),
} as const;
