// Imported by each staff area's root (technician, coordination, administration): adds the staff words
// to the dictionaries when that area's chunk runs, before any of its components renders.
import { addMessages } from './i18n.tsx';
import { staffEn } from './staff.en.ts';
import { staffFr } from './staff.fr.ts';

addMessages({ fr: staffFr, en: staffEn });
