/** Moscow as the gazetteer has it, for import tests that need one place known by name. */
import type { AtlasPlace } from '$lib/model/atlas-data';

export const MOSCOW: AtlasPlace = {
  id: 'moscow',
  kind: 'city',
  names: [{ name: 'Moscow', ru: 'Москва' }],
  aliases: [],
  certainty: 'exact',
  lon: 37.62,
  lat: 55.75,
  isArea: false
};
