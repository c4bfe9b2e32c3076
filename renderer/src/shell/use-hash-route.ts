import { useEffect, useState } from 'react';
import { areaById, type AreaId } from './areas.ts';

const DEFAULT_AREA: AreaId = 'items';

export interface HashRoute {
  area: AreaId;
  /** What follows the area in the hash (`#/tasks/12` → '12'); '' when nothing does. */
  sub: string;
}

function currentRoute(): HashRoute {
  const [id = '', sub = ''] = window.location.hash.replace(/^#\/?/, '').split('/');
  const area = areaById(id)?.id;
  return area ? { area, sub } : { area: DEFAULT_AREA, sub: '' };
}

/**
 * The area shown, kept in the address hash (`#/settings`, `#/tasks/12`) so a reload stays where
 * the clerk was; a hash works the same from file:// in Electron and over HTTP in the preview.
 */
export function useHashRoute(): [AreaId, typeof goTo, string] {
  const [route, setRoute] = useState<HashRoute>(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return [route.area, goTo, route.sub];
}

/**
 * Goes to an area (and a record in it) from anywhere: `#/results/12`. `replace` takes the place
 * of the current address instead of adding one, so 后退 does not come back to a mere redirect.
 */
export function goTo(area: AreaId, sub?: string | number, replace = false): void {
  const hash = sub === undefined || sub === '' ? `#/${area}` : `#/${area}/${sub}`;
  if (replace) window.location.replace(hash);
  else window.location.hash = hash;
}
