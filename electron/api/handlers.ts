import { appHandlers } from './handlers/app-handlers.ts';
import { documentHandlers } from './handlers/document-handlers.ts';
import { drawHandlers } from './handlers/draw-handlers.ts';
import { itemHandlers } from './handlers/item-handlers.ts';
import { rosterHandlers } from './handlers/roster-handlers.ts';
import type { HandlersFor } from './handlers/handler-types.ts';
import type { Contract } from './contract.ts';

/** Maps each contract call onto core services; nothing here decides anything of the domain. */
export const handlers: HandlersFor<Contract> = { ...appHandlers, ...itemHandlers, ...rosterHandlers, ...drawHandlers, ...documentHandlers };
