// Master data the sandbox ships with: receipt categories and SFS file heads of the demo department.
import { fileHeads as seedFileHeads } from './seed/data.js';
export interface Category {
  id: string;
  name: { en: string; hi: string };
  parentId: string | null;
}

export const receiptCategories: Category[] = [
  { id: 'cat_grievance', name: { en: 'Grievance', hi: 'शिकायत' }, parentId: null },
  {
    id: 'cat_grvwages1',
    name: { en: 'Non-payment of wages', hi: 'वेतन का भुगतान न होना' },
    parentId: 'cat_grievance',
  },
  { id: 'cat_grvsafety', name: { en: 'Workplace safety', hi: 'कार्यस्थल सुरक्षा' }, parentId: 'cat_grievance' },
  { id: 'cat_establish', name: { en: 'Establishment', hi: 'स्थापना' }, parentId: null },
  { id: 'cat_estleave1', name: { en: 'Leave', hi: 'अवकाश' }, parentId: 'cat_establish' },
  { id: 'cat_rtiappl01', name: { en: 'RTI application', hi: 'सूचना का अधिकार आवेदन' }, parentId: null },
  { id: 'cat_vipref001', name: { en: 'VIP reference', hi: 'वीआईपी संदर्भ' }, parentId: null },
];

export interface FileHeadEntry {
  basicHead: string;
  primaryHead: string;
  name: { en: string; hi: string };
  sectionCode: string | null;
}

const builtInFileHeads: FileHeadEntry[] = [
  {
    basicHead: 'A',
    primaryHead: '12011',
    name: { en: 'Recruitment rules', hi: 'भर्ती नियम' },
    sectionCode: 'Estt.',
  },
  { basicHead: 'A', primaryHead: '12012', name: { en: 'Leave', hi: 'अवकाश' }, sectionCode: 'Estt.' },
  { basicHead: 'A', primaryHead: '32013', name: { en: 'Promotion', hi: 'पदोन्नति' }, sectionCode: 'Estt.' },
  {
    basicHead: 'G',
    primaryHead: '20011',
    name: { en: 'Office equipment', hi: 'कार्यालय उपकरण' },
    sectionCode: null,
  },
  {
    basicHead: 'L',
    primaryHead: '11011',
    name: { en: 'Labour grievances', hi: 'श्रम शिकायतें' },
    sectionCode: null,
  },
  { basicHead: 'Z', primaryHead: '11011', name: { en: 'Miscellaneous', hi: 'विविध' }, sectionCode: null },
];

/** Built-in heads plus the extra heads the demo seed's files use. */
export const fileHeads: FileHeadEntry[] = [...builtInFileHeads, ...seedFileHeads];
