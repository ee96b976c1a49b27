import type { MrzReader } from '../reader.js';
import type { MrzFormat } from '../types.js';
import { readFrenchDrivingLicence } from './french-driving-licence.js';
import { readFrenchId } from './french-id.js';
import { readSwissDrivingLicence } from './swiss-driving-licence.js';
import { readTd1 } from './td1.js';
import { readTd2 } from './td2.js';
import { readTd3 } from './td3.js';

export interface Layout {
  lineLengths: readonly number[];
  read(r: MrzReader): void;
}

/** Every known layout: its line lengths and how its fields are read. */
export const LAYOUTS: Record<Exclude<MrzFormat, 'UNKNOWN'>, Layout> = {
  TD1: { lineLengths: [30, 30, 30], read: readTd1 },
  TD2: { lineLengths: [36, 36], read: (r) => readTd2(r, false) },
  TD3: { lineLengths: [44, 44], read: (r) => readTd3(r, false) },
  'MRV-A': { lineLengths: [44, 44], read: (r) => readTd3(r, true) },
  'MRV-B': { lineLengths: [36, 36], read: (r) => readTd2(r, true) },
  FRENCH_ID: { lineLengths: [36, 36], read: readFrenchId },
  FRENCH_DRIVING_LICENCE: { lineLengths: [30], read: readFrenchDrivingLicence },
  SWISS_DRIVING_LICENCE: { lineLengths: [9, 30, 30], read: readSwissDrivingLicence },
};
