/**
 * Luxon, as every module here uses it: imported from this file, so its settings hold everywhere.
 * The locale is fixed: every date we print is ISO text or a numeric format, and without one luxon
 * asks Intl for the machine's locale at its first date arithmetic (~10 ms of loading ICU at
 * start-up), whose numbering system could even change the digits of a period's name.
 */
import { Settings } from 'luxon';

Settings.defaultLocale = 'en-US';

export { DateTime, IANAZone } from 'luxon';
