/**
 * Deterministic demo data for the e-Office sandbox: the Madhya Pradesh Labour Department.
 *
 * Every seeded user has the same password: Demo@1234
 *
 * | username            | name (hi / en)                          | post (marking)                 | what they will see |
 * |---------------------|-----------------------------------------|--------------------------------|--------------------|
 * | arvind.srivastava   | अरविंद कुमार श्रीवास्तव / Arvind Kumar Srivastava | Principal Secretary (PS-LAB) | BOCW cess file unread in inbox (overdue, pull-back still possible); approvals on the VDA and Assembly-question files on the route |
 * | meenakshi.dubey     | मीनाक्षी दुबे / Meenakshi Dubey           | Deputy Secretary (DS-LAB)      | the long-running VDA file (30+ movements, overdue), the conciliation-failure file with its Labour Court reference draft to approve |
 * | rajesh.tiwari       | राजेश कुमार तिवारी / Rajesh Kumar Tiwari   | Under Secretary (US(ESTT)-LAB) | RTI file pending past its due date, with the RTI reply he revised and approved (awaiting dispatch) |
 * | sunita.verma        | सुनीता वर्मा / Sunita Verma               | Section Officer (SO(ESTT)-LAB) | an RTI receipt sent but not yet received (physical), a closed GAD circular, the leave file on the route |
 * | mukesh.sahu         | मुकेश साहू / Mukesh Sahu                  | Assistant Grade-2 (AG2(ESTT)-LAB) | the leave file he created and closed (closed folder), with the office order he issued as D/1/2026/Estt. |
 * | neha.chaturvedi     | नेहा चतुर्वेदी / Neha Chaturvedi           | Under Secretary IR (US(IR)-LAB) + additional charge of US(MW)-LAB | a parked court-case file, a child-labour receipt, both posts' routes |
 * | pradeep.chauhan     | प्रदीप सिंह चौहान / Pradeep Singh Chauhan  | Section Officer (SO(IR)-LAB)   | the VIP Assembly-question file returned to him (overdue), linked files |
 * | santosh.patel       | संतोष कुमार पटेल / Santosh Kumar Patel     | Section Officer (SO(MW)-LAB)   | creator of the long-running VDA file; a brick-kiln receipt that was pulled back and re-sent |
 * | anjali.raghuwanshi  | अंजलि रघुवंशी / Anjali Raghuwanshi        | Section Officer (SO(LW)-LAB)   | the BOCW cess file she sent up (sent folder) |
 * | priya.singh         | प्रिया सिंह / Priya Singh                 | Receipt Clerk, CRU (RC(CRU)-LAB) | the diarised dak of the Mantralaya (created/sent folders); may dispatch the approved RTI reply |
 * | sanjay.shukla       | संजय कुमार शुक्ला / Sanjay Kumar Shukla    | Labour Commissioner (LC-IND)   | BOCW cess collection file (most immediate, overdue), a copy of the Board's letter file, a court notice copy |
 * | shabnam.qureshi     | शबनम कुरैशी / Shabnam Qureshi             | Deputy Labour Commissioner (DLC-IND) | a High Court notice not yet received; Shram Sewa complaints routed to districts |
 * | dinesh.joshi        | दिनेश चंद्र जोशी / Dinesh Chandra Joshi    | Office Superintendent (OS(ESTT)-LC) | the DPC file returned by the Labour Commissioner (it was once pulled back) |
 * | rekha.malviya       | रेखा मालवीय / Rekha Malviya               | Assistant Grade-2 (AG2(LW)-LC) | creator of the cess collection file |
 * | gopal.ahirwar       | गोपाल दास अहिरवार / Gopal Das Ahirwar      | Accounts Officer (AO(ACCTS)-LC) | nothing yet: an empty inbox, for trying things from scratch |
 * | seema.kushwaha      | सीमा कुशवाहा / Seema Kushwaha             | Receipt Clerk, CRU (RC(CRU)-LC) | the diarised dak of the Labour Commissioner's office |
 * | alok.saxena         | आलोक सक्सेना / Alok Saxena                | Deputy Labour Commissioner, Bhopal Division (DLC-BPL) | the Raisen cess-assessment file pending past its due date |
 * | ramkumar.meena      | रामकुमार मीणा / Ramkumar Meena            | Assistant Labour Officer, Sehore (ALO-SEH) | a gratuity file he closed; the minimum-wages complaint file he sent to the inspector |
 * | pooja.rathore       | पूजा राठौर / Pooja Rathore                | Labour Inspector, Sehore (LI-SEH) | the minimum-wages inquiry file, overdue |
 * | hemant.thakur       | हेमंत सिंह ठाकुर / Hemant Singh Thakur     | Assistant Labour Officer, Raisen (ALO-RSN) | a Shram Sewa Portal complaint receipt, overdue |
 * | vandana.bhatnagar   | वंदना भटनागर / Vandana Bhatnagar          | Director, Industrial Health and Safety (DIR-IHS) | a factory-licence renewal file unread in inbox |
 * | sudhir.nigam        | सुधीर निगम / Sudhir Nigam                 | Joint Director, Factories (JD(FAC)-IHS) | the factory-licence file he created and sent |
 * | naveen.goyal        | नवीन चंद्र गोयल / Naveen Chandra Goyal     | Inspector of Boilers (IB-IHS)  | a parked boiler file and a freshly diarised boiler accident intimation |
 *
 * Service client: `cli_labourportal` (Shram Sewa Portal), secret `labour-portal-sandbox-secret`, acting
 * through the post PORTAL(CRU)-LC.
 * Service client: `cli_weeklyreview` (the IT cell's weekly review script), secret
 * `weekly-review-sandbox-secret`, scope `reports:read` only, reading the department's reports through the
 * post REVIEW-LAB.
 *
 * All activity happens on working days between 8 October and 20 November 2026, 10:00–18:00 IST.
 */
import type { components } from '../../../sdk/src/generated/schema.js';
import type { SeedPost, SeedServiceClient, SeedStep, SeedUnit, SeedUser } from './types.js';

type Schemas = components['schemas'];

export type { SeedPost, SeedServiceClient, SeedStep, SeedUnit, SeedUser } from './types.js';
/**
 * SFS heads used by the seeded files that are not in the sandbox's built-in master data (`master-data.ts`
 * already has A-12012 Leave and L-11011 Labour grievances, which the seed also uses). Same shape as
 * `FileHeadEntry` there, so the two lists can simply be concatenated.
 */
export interface SeedFileHead {
  basicHead: string;
  primaryHead: string;
  name: { en: string; hi: string };
  sectionCode: string | null;
}

export const DEMO_PASSWORD = 'Demo@1234';

// ---------------------------------------------------------------- organisation

export const units: SeedUnit[] = [
  {
    key: 'dept_lab',
    kind: 'department',
    parentKey: null,
    code: 'LAB',
    name: { en: 'Labour Department, Mantralaya, Bhopal', hi: 'श्रम विभाग, मंत्रालय, भोपाल' },
  },
  {
    key: 'lab_cru',
    kind: 'section',
    parentKey: 'dept_lab',
    code: 'CRU',
    name: { en: 'Central Registry (CRU)', hi: 'केंद्रीय पंजी शाखा' },
  },
  {
    key: 'lab_estt',
    kind: 'section',
    parentKey: 'dept_lab',
    code: 'Estt.',
    name: { en: 'Establishment Section', hi: 'स्थापना शाखा' },
  },
  {
    key: 'lab_ir',
    kind: 'section',
    parentKey: 'dept_lab',
    code: 'IR',
    name: { en: 'Industrial Relations Section', hi: 'औद्योगिक संबंध शाखा' },
  },
  {
    key: 'lab_mw',
    kind: 'section',
    parentKey: 'dept_lab',
    code: 'MW',
    name: { en: 'Minimum Wages Section', hi: 'न्यूनतम वेतन शाखा' },
  },
  {
    key: 'lab_lw',
    kind: 'section',
    parentKey: 'dept_lab',
    code: 'LW',
    name: { en: 'Labour Welfare Section', hi: 'श्रम कल्याण शाखा' },
  },
  {
    key: 'org_lc',
    kind: 'organisation',
    parentKey: 'dept_lab',
    code: 'LC',
    name: { en: 'Office of the Labour Commissioner, Indore', hi: 'श्रमायुक्त कार्यालय, इंदौर' },
  },
  {
    key: 'lc_cru',
    kind: 'section',
    parentKey: 'org_lc',
    code: 'LC-CRU',
    name: { en: 'Central Registry, Labour Commissioner', hi: 'केंद्रीय पंजी शाखा, श्रमायुक्त कार्यालय' },
  },
  {
    key: 'lc_estt',
    kind: 'section',
    parentKey: 'org_lc',
    code: 'LC-Estt.',
    name: { en: 'Establishment Section, Labour Commissioner', hi: 'स्थापना शाखा, श्रमायुक्त कार्यालय' },
  },
  {
    key: 'lc_accts',
    kind: 'section',
    parentKey: 'org_lc',
    code: 'LC-Accts.',
    name: { en: 'Accounts Section, Labour Commissioner', hi: 'लेखा शाखा, श्रमायुक्त कार्यालय' },
  },
  {
    key: 'lc_ir',
    kind: 'section',
    parentKey: 'org_lc',
    code: 'LC-IR',
    name: {
      en: 'Industrial Relations Section, Labour Commissioner',
      hi: 'औद्योगिक संबंध शाखा, श्रमायुक्त कार्यालय',
    },
  },
  {
    key: 'lc_lw',
    kind: 'section',
    parentKey: 'org_lc',
    code: 'LC-LW',
    name: {
      en: 'Labour Welfare (BOCW) Section, Labour Commissioner',
      hi: 'श्रम कल्याण (भवन एवं अन्य संनिर्माण कर्मकार) शाखा, श्रमायुक्त कार्यालय',
    },
  },
  {
    key: 'off_bpl',
    kind: 'office',
    parentKey: 'org_lc',
    code: 'DIV-BPL',
    name: { en: 'Divisional Labour Office, Bhopal', hi: 'संभागीय श्रम कार्यालय, भोपाल' },
  },
  {
    key: 'bpl_gen',
    kind: 'section',
    parentKey: 'off_bpl',
    code: 'BPL',
    name: {
      en: 'General Section, Divisional Labour Office, Bhopal',
      hi: 'सामान्य शाखा, संभागीय श्रम कार्यालय, भोपाल',
    },
  },
  {
    key: 'off_seh',
    kind: 'office',
    parentKey: 'org_lc',
    code: 'DLO-SEH',
    name: { en: 'District Labour Office, Sehore', hi: 'जिला श्रम कार्यालय, सीहोर' },
  },
  {
    key: 'seh_gen',
    kind: 'section',
    parentKey: 'off_seh',
    code: 'SEH',
    name: {
      en: 'General Section, District Labour Office, Sehore',
      hi: 'सामान्य शाखा, जिला श्रम कार्यालय, सीहोर',
    },
  },
  {
    key: 'off_rsn',
    kind: 'office',
    parentKey: 'org_lc',
    code: 'DLO-RSN',
    name: { en: 'District Labour Office, Raisen', hi: 'जिला श्रम कार्यालय, रायसेन' },
  },
  {
    key: 'rsn_gen',
    kind: 'section',
    parentKey: 'off_rsn',
    code: 'RSN',
    name: {
      en: 'General Section, District Labour Office, Raisen',
      hi: 'सामान्य शाखा, जिला श्रम कार्यालय, रायसेन',
    },
  },
  {
    key: 'dir_ihs',
    kind: 'organisation',
    parentKey: 'dept_lab',
    code: 'DIHS',
    name: {
      en: 'Directorate of Industrial Health and Safety, Indore',
      hi: 'औद्योगिक स्वास्थ्य एवं सुरक्षा संचालनालय, इंदौर',
    },
  },
  {
    key: 'ihs_fac',
    kind: 'section',
    parentKey: 'dir_ihs',
    code: 'FAC',
    name: { en: 'Factory Licensing Section', hi: 'कारखाना अनुज्ञप्ति शाखा' },
  },
  {
    key: 'ihs_blr',
    kind: 'section',
    parentKey: 'dir_ihs',
    code: 'BLR',
    name: { en: 'Boiler Inspection Section', hi: 'बॉयलर निरीक्षण शाखा' },
  },
];

export const posts: SeedPost[] = [
  // Mantralaya
  {
    key: 'ps_lab',
    unitKey: 'dept_lab',
    designation: { en: 'Principal Secretary', hi: 'प्रमुख सचिव' },
    marking: 'PS-LAB',
    roles: ['officer', 'report_viewer'],
  },
  {
    key: 'ds_lab',
    unitKey: 'dept_lab',
    designation: { en: 'Deputy Secretary', hi: 'उप सचिव' },
    marking: 'DS-LAB',
    roles: ['officer', 'report_viewer'],
  },
  {
    key: 'us_estt',
    unitKey: 'lab_estt',
    designation: { en: 'Under Secretary (Establishment)', hi: 'अवर सचिव (स्थापना)' },
    marking: 'US(ESTT)-LAB',
    roles: ['officer'],
  },
  {
    // Manages service clients and registers officers' DSC tokens; holds no files.
    key: 'sa_estt',
    unitKey: 'lab_estt',
    designation: { en: 'System Administrator (e-Office)', hi: 'सिस्टम प्रशासक (ई-ऑफिस)' },
    marking: 'SA(EO)-LAB',
    roles: ['admin', 'dsc_admin'],
  },
  {
    key: 'so_estt',
    unitKey: 'lab_estt',
    designation: { en: 'Section Officer (Establishment)', hi: 'अनुभाग अधिकारी (स्थापना)' },
    marking: 'SO(ESTT)-LAB',
    roles: ['officer'],
  },
  {
    key: 'ag2_estt',
    unitKey: 'lab_estt',
    designation: { en: 'Assistant Grade-2 (Establishment)', hi: 'सहायक ग्रेड-2 (स्थापना)' },
    marking: 'AG2(ESTT)-LAB',
    roles: ['officer'],
  },
  {
    key: 'us_ir',
    unitKey: 'lab_ir',
    designation: { en: 'Under Secretary (Industrial Relations)', hi: 'अवर सचिव (औद्योगिक संबंध)' },
    marking: 'US(IR)-LAB',
    roles: ['officer'],
  },
  {
    key: 'so_ir',
    unitKey: 'lab_ir',
    designation: { en: 'Section Officer (Industrial Relations)', hi: 'अनुभाग अधिकारी (औद्योगिक संबंध)' },
    marking: 'SO(IR)-LAB',
    roles: ['officer'],
  },
  {
    key: 'us_mw',
    unitKey: 'lab_mw',
    designation: { en: 'Under Secretary (Minimum Wages)', hi: 'अवर सचिव (न्यूनतम वेतन)' },
    marking: 'US(MW)-LAB',
    roles: ['officer'],
  },
  {
    key: 'so_mw',
    unitKey: 'lab_mw',
    designation: { en: 'Section Officer (Minimum Wages)', hi: 'अनुभाग अधिकारी (न्यूनतम वेतन)' },
    marking: 'SO(MW)-LAB',
    roles: ['officer'],
  },
  {
    key: 'so_lw',
    unitKey: 'lab_lw',
    designation: { en: 'Section Officer (Labour Welfare)', hi: 'अनुभाग अधिकारी (श्रम कल्याण)' },
    marking: 'SO(LW)-LAB',
    roles: ['officer'],
  },
  {
    key: 'cru_lab',
    unitKey: 'lab_cru',
    designation: { en: 'Receipt Clerk (Assistant Grade-3), CRU', hi: 'आवती लिपिक (सहायक ग्रेड-3), केंद्रीय पंजी' },
    marking: 'RC(CRU)-LAB',
    roles: ['cru_operator'],
  },
  // Labour Commissioner, Indore
  {
    key: 'lc_ind',
    unitKey: 'org_lc',
    designation: { en: 'Labour Commissioner', hi: 'श्रमायुक्त' },
    marking: 'LC-IND',
    roles: ['officer', 'report_viewer'],
  },
  {
    key: 'dlc_ind',
    unitKey: 'lc_ir',
    designation: { en: 'Deputy Labour Commissioner', hi: 'उप श्रमायुक्त' },
    marking: 'DLC-IND',
    roles: ['officer'],
  },
  {
    key: 'os_lc',
    unitKey: 'lc_estt',
    designation: { en: 'Office Superintendent (Establishment)', hi: 'कार्यालय अधीक्षक (स्थापना)' },
    marking: 'OS(ESTT)-LC',
    roles: ['officer'],
  },
  {
    key: 'ag2_lc_lw',
    unitKey: 'lc_lw',
    designation: { en: 'Assistant Grade-2 (Labour Welfare)', hi: 'सहायक ग्रेड-2 (श्रम कल्याण)' },
    marking: 'AG2(LW)-LC',
    roles: ['officer'],
  },
  {
    key: 'acct_lc',
    unitKey: 'lc_accts',
    designation: { en: 'Accounts Officer', hi: 'लेखाधिकारी' },
    marking: 'AO(ACCTS)-LC',
    roles: ['officer'],
  },
  {
    key: 'cru_lc',
    unitKey: 'lc_cru',
    designation: { en: 'Receipt Clerk (Assistant Grade-3), CRU', hi: 'आवती लिपिक (सहायक ग्रेड-3), केंद्रीय पंजी' },
    marking: 'RC(CRU)-LC',
    roles: ['cru_operator'],
  },
  {
    key: 'portal_lc',
    unitKey: 'lc_cru',
    designation: { en: 'Shram Sewa Portal (service account)', hi: 'श्रम सेवा पोर्टल (सेवा खाता)' },
    marking: 'PORTAL(CRU)-LC',
    roles: ['cru_operator'],
  },
  {
    key: 'review_lab',
    unitKey: 'dept_lab',
    designation: {
      en: 'Weekly review (IT cell service account)',
      hi: 'साप्ताहिक समीक्षा (आईटी प्रकोष्ठ सेवा खाता)',
    },
    marking: 'REVIEW-LAB',
    roles: ['report_viewer'],
  },
  // Divisional and district offices
  {
    key: 'dlc_bpl',
    unitKey: 'bpl_gen',
    designation: { en: 'Deputy Labour Commissioner, Bhopal Division', hi: 'उप श्रमायुक्त, भोपाल संभाग' },
    marking: 'DLC-BPL',
    roles: ['officer'],
  },
  {
    key: 'alo_seh',
    unitKey: 'seh_gen',
    designation: { en: 'Assistant Labour Officer, Sehore', hi: 'सहायक श्रम पदाधिकारी, सीहोर' },
    marking: 'ALO-SEH',
    roles: ['officer'],
  },
  {
    key: 'li_seh',
    unitKey: 'seh_gen',
    designation: { en: 'Labour Inspector, Sehore', hi: 'श्रम निरीक्षक, सीहोर' },
    marking: 'LI-SEH',
    roles: ['officer'],
  },
  {
    key: 'alo_rsn',
    unitKey: 'rsn_gen',
    designation: { en: 'Assistant Labour Officer, Raisen', hi: 'सहायक श्रम पदाधिकारी, रायसेन' },
    marking: 'ALO-RSN',
    roles: ['officer'],
  },
  // Directorate of Industrial Health and Safety
  {
    key: 'dir_ihs',
    unitKey: 'dir_ihs',
    designation: {
      en: 'Director, Industrial Health and Safety',
      hi: 'संचालक, औद्योगिक स्वास्थ्य एवं सुरक्षा',
    },
    marking: 'DIR-IHS',
    roles: ['officer', 'report_viewer'],
  },
  {
    key: 'jd_fac',
    unitKey: 'ihs_fac',
    designation: { en: 'Joint Director (Factories)', hi: 'संयुक्त संचालक (कारखाना)' },
    marking: 'JD(FAC)-IHS',
    roles: ['officer'],
  },
  {
    key: 'ib_ihs',
    unitKey: 'ihs_blr',
    designation: { en: 'Inspector of Boilers', hi: 'बॉयलर निरीक्षक' },
    marking: 'IB-IHS',
    roles: ['officer'],
  },
];

function user(key: string, username: string, en: string, hi: string, postKeys: string[]): SeedUser {
  return {
    key,
    username,
    password: DEMO_PASSWORD,
    name: { en, hi },
    email: `${username}@mp.gov.in.example`,
    postKeys,
  };
}

export const users: SeedUser[] = [
  user('arvind', 'arvind.srivastava', 'Arvind Kumar Srivastava', 'अरविंद कुमार श्रीवास्तव', ['ps_lab']),
  user('meenakshi', 'meenakshi.dubey', 'Meenakshi Dubey', 'मीनाक्षी दुबे', ['ds_lab']),
  user('rajesh', 'rajesh.tiwari', 'Rajesh Kumar Tiwari', 'राजेश कुमार तिवारी', ['us_estt']),
  user('sunita', 'sunita.verma', 'Sunita Verma', 'सुनीता वर्मा', ['so_estt']),
  user('mukesh', 'mukesh.sahu', 'Mukesh Sahu', 'मुकेश साहू', ['ag2_estt']),
  // Holds US(MW) as additional charge.
  user('neha', 'neha.chaturvedi', 'Neha Chaturvedi', 'नेहा चतुर्वेदी', ['us_ir', 'us_mw']),
  user('pradeep', 'pradeep.chauhan', 'Pradeep Singh Chauhan', 'प्रदीप सिंह चौहान', ['so_ir']),
  user('santosh', 'santosh.patel', 'Santosh Kumar Patel', 'संतोष कुमार पटेल', ['so_mw']),
  user('anjali', 'anjali.raghuwanshi', 'Anjali Raghuwanshi', 'अंजलि रघुवंशी', ['so_lw']),
  user('priya', 'priya.singh', 'Priya Singh', 'प्रिया सिंह', ['cru_lab']),
  user('sanjay', 'sanjay.shukla', 'Sanjay Kumar Shukla', 'संजय कुमार शुक्ला', ['lc_ind']),
  user('shabnam', 'shabnam.qureshi', 'Shabnam Qureshi', 'शबनम कुरैशी', ['dlc_ind']),
  user('dinesh', 'dinesh.joshi', 'Dinesh Chandra Joshi', 'दिनेश चंद्र जोशी', ['os_lc']),
  user('rekha', 'rekha.malviya', 'Rekha Malviya', 'रेखा मालवीय', ['ag2_lc_lw']),
  user('gopal', 'gopal.ahirwar', 'Gopal Das Ahirwar', 'गोपाल दास अहिरवार', ['acct_lc']),
  user('seema', 'seema.kushwaha', 'Seema Kushwaha', 'सीमा कुशवाहा', ['cru_lc']),
  user('alok', 'alok.saxena', 'Alok Saxena', 'आलोक सक्सेना', ['dlc_bpl']),
  user('ramkumar', 'ramkumar.meena', 'Ramkumar Meena', 'रामकुमार मीणा', ['alo_seh']),
  user('pooja', 'pooja.rathore', 'Pooja Rathore', 'पूजा राठौर', ['li_seh']),
  user('hemant', 'hemant.thakur', 'Hemant Singh Thakur', 'हेमंत सिंह ठाकुर', ['alo_rsn']),
  user('vandana', 'vandana.bhatnagar', 'Vandana Bhatnagar', 'वंदना भटनागर', ['dir_ihs']),
  user('sudhir', 'sudhir.nigam', 'Sudhir Nigam', 'सुधीर निगम', ['jd_fac']),
  user('naveen', 'naveen.goyal', 'Naveen Chandra Goyal', 'नवीन चंद्र गोयल', ['ib_ihs']),
  user('kavita', 'kavita.sharma', 'Kavita Sharma', 'कविता शर्मा', ['sa_estt']),
];

export const serviceClients: SeedServiceClient[] = [
  {
    key: 'labour-portal',
    clientId: 'cli_labourportal',
    clientSecret: 'labour-portal-sandbox-secret',
    name: 'Shram Sewa Portal (Labour Department)',
    scopes: ['directory:read', 'receipts:read', 'receipts:write', 'attachments:write', 'files:read'],
    postKey: 'portal_lc',
  },
  {
    key: 'weekly-review',
    clientId: 'cli_weeklyreview',
    clientSecret: 'weekly-review-sandbox-secret',
    name: 'Weekly pendency review (IT cell)',
    scopes: ['reports:read'],
    postKey: 'review_lab',
  },
];

/** The sandbox must know these heads or `createFile` in the steps gives 422 `file.head_invalid`. */
export const fileHeads: SeedFileHead[] = [
  {
    basicHead: 'A',
    primaryHead: '43020',
    name: { en: 'Right to Information applications', hi: 'सूचना का अधिकार आवेदन' },
    sectionCode: 'Estt.',
  },
  {
    basicHead: 'A',
    primaryHead: '32012',
    name: { en: 'Promotion and DPC', hi: 'पदोन्नति एवं विभागीय पदोन्नति समिति' },
    sectionCode: 'LC-Estt.',
  },
  {
    basicHead: 'L',
    primaryHead: '42011',
    name: { en: 'Minimum wages: fixation and revision', hi: 'न्यूनतम वेतन: निर्धारण एवं पुनरीक्षण' },
    sectionCode: 'MW',
  },
  {
    basicHead: 'Q',
    primaryHead: '11011',
    name: { en: 'Legislative Assembly questions', hi: 'विधानसभा प्रश्न' },
    sectionCode: 'IR',
  },
  {
    basicHead: 'L',
    primaryHead: '22011',
    name: { en: 'BOCW welfare board and cess', hi: 'भवन एवं अन्य संनिर्माण कर्मकार कल्याण मंडल एवं उपकर' },
    sectionCode: 'LW',
  },
  {
    basicHead: 'L',
    primaryHead: '22015',
    name: { en: 'BOCW cess collection', hi: 'संनिर्माण कर्मकार उपकर संग्रहण' },
    sectionCode: 'LC-LW',
  },
  {
    basicHead: 'F',
    primaryHead: '13011',
    name: { en: 'Factory licences: grant and renewal', hi: 'कारखाना अनुज्ञप्ति: प्रदाय एवं नवीनीकरण' },
    sectionCode: 'FAC',
  },
  {
    basicHead: 'B',
    primaryHead: '21011',
    name: { en: 'Boiler registration and inspection', hi: 'बॉयलर पंजीयन एवं निरीक्षण' },
    sectionCode: 'BLR',
  },
];

// ---------------------------------------------------------------- step builders

const postHolder = new Map<string, string>();
for (const u of users) for (const p of u.postKeys) postHolder.set(p, u.username);

function who(postKey: string): string {
  const username = postHolder.get(postKey);
  if (username === undefined) throw new Error(`seed: post ${postKey} has no holder`);
  return username;
}

/** Instant (RFC 3339 UTC) of a working-day time in IST: `t('10-08', 11, 30)` = 8 Oct 2026, 11:30 IST. */
function t(monthDay: string, hh: number, mm = 0): string {
  const total = hh * 60 + mm - 330;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return `2026-${monthDay}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;
}

/** Shift an instant by whole minutes. */
function plus(at: string, minutes: number): string {
  return new Date(new Date(at).getTime() + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

/** Calendar date (2026) in `format: date`. */
function d(monthDay: string): string {
  return `2026-${monthDay}`;
}

const ref = (save: string): string => `$ref:${save}.id`;
const postRef = (postKey: string): string => `$ref:post:${postKey}`;

/** A Hindi paragraph of a note. */
const hi = (text: string): Schemas['ParagraphInput'] => ({ html: `<span lang="hi">${text}</span>` });
/** A reference to a correspondence label inside a note. */
const c = (n: number): string => `<a data-ref="C/${n}">C/${n}</a>`;

const built: SeedStep[] = [];

interface Rcpt {
  save: string;
  holder: string;
  from: string | null;
}
interface Fl {
  save: string;
  holder: string;
  opened: boolean;
}
interface MoveOptions {
  priority?: Schemas['Priority'];
  dueDate?: string;
  copyTo?: string[];
  note?: string[];
}

let noteCount = 0;
/** Per file, the post that sent it to its current holder (where `returnFile` sends it back). */
const fromOf = new Map<string, string>();

function diarise(at: string, post: string, save: string, body: Schemas['DiariseReceiptRequest']): Rcpt {
  built.push({
    at,
    actor: who(post),
    operationId: 'diariseReceipt',
    body: { ...body, diarisingPostId: postRef(post) } satisfies Schemas['DiariseReceiptRequest'],
    saveAs: save,
  });
  return { save, holder: post, from: null };
}

function sendReceipt(r: Rcpt, at: string, to: string, remarks: string, opts: MoveOptions = {}): void {
  const body: Schemas['SendRequest'] = { to: postRef(to), remarks };
  if (opts.priority) body.priority = opts.priority;
  if (opts.dueDate) body.dueDate = opts.dueDate;
  if (opts.copyTo) body.copyTo = opts.copyTo.map(postRef);
  built.push({
    at,
    actor: who(r.holder),
    operationId: 'sendReceipt',
    pathParams: { receiptId: ref(r.save) },
    body,
  });
  r.from = r.holder;
  r.holder = to;
}

function receive(r: Rcpt, at: string, remarks = 'मूल पत्र प्राप्त हुआ'): void {
  built.push({
    at,
    actor: who(r.holder),
    operationId: 'receiveReceipt',
    pathParams: { receiptId: ref(r.save) },
    body: { remarks } satisfies Schemas['ActionRequest'],
  });
}

function pullBackReceipt(r: Rcpt, at: string, remarks: string): void {
  if (r.from === null) throw new Error('seed: nothing to pull back');
  built.push({
    at,
    actor: who(r.from),
    operationId: 'pullBackReceipt',
    pathParams: { receiptId: ref(r.save) },
    body: { remarks } satisfies Schemas['ActionRequest'],
  });
  r.holder = r.from;
  r.from = null;
}

function closeReceipt(r: Rcpt, at: string, remarks: string): void {
  built.push({
    at,
    actor: who(r.holder),
    operationId: 'closeReceipt',
    pathParams: { receiptId: ref(r.save) },
    body: { remarks } satisfies Schemas['CloseRequest'],
  });
}

function createFile(at: string, post: string, save: string, body: Schemas['CreateFileRequest']): Fl {
  built.push({
    at,
    actor: who(post),
    operationId: 'createFile',
    body: { ...body, creatorPostId: postRef(post) } satisfies Schemas['CreateFileRequest'],
    saveAs: save,
  });
  return { save, holder: post, opened: true };
}

function sfs(basicHead: string, primaryHead: string, serial: number): Schemas['SfsNumberingInput'] {
  return { scheme: 'sfs', basicHead, primaryHead, serial, year: 2026 };
}

function nonSfs(fileNumber: string): Schemas['NonSfsNumberingInput'] {
  return { scheme: 'non_sfs', fileNumber };
}

function putInFile(r: Rcpt, f: Fl, at: string, remarks: string): void {
  if (who(r.holder) !== who(f.holder))
    throw new Error(`seed: ${r.save} and ${f.save} are with different users`);
  built.push({
    at,
    actor: who(r.holder),
    operationId: 'putReceiptInFile',
    pathParams: { receiptId: ref(r.save) },
    body: { fileId: ref(f.save), remarks } satisfies Schemas['PutInExistingFile'],
  });
}

/** The holder opens the file (marks the current movement read; ends the sender's pull-back). */
function open(f: Fl, at: string): void {
  built.push({ at, actor: who(f.holder), operationId: 'getFile', pathParams: { fileId: ref(f.save) } });
  f.opened = true;
}

/** The holder writes a yellow note and confirms it two minutes later. */
function note(f: Fl, at: string, paragraphs: string[]): void {
  if (!f.opened) open(f, plus(at, -5));
  noteCount += 1;
  const save = `note${noteCount}`;
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'createNote',
    pathParams: { fileId: ref(f.save) },
    body: {
      paragraphs: paragraphs.map(hi),
      authorPostId: postRef(f.holder),
    } satisfies Schemas['CreateNoteRequest'],
    saveAs: save,
  });
  built.push({
    at: plus(at, 2),
    actor: who(f.holder),
    operationId: 'confirmNote',
    pathParams: { noteId: ref(save) },
  });
}

/** The holder sends the file on (opening it first and writing a note if given). */
function send(f: Fl, at: string, to: string, remarks: string, opts: MoveOptions = {}): void {
  if (!f.opened) open(f, plus(at, -15));
  if (opts.note) note(f, plus(at, -10), opts.note);
  const body: Schemas['SendRequest'] = { to: postRef(to), remarks };
  if (opts.priority) body.priority = opts.priority;
  if (opts.dueDate) body.dueDate = opts.dueDate;
  if (opts.copyTo) body.copyTo = opts.copyTo.map(postRef);
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'sendFile',
    pathParams: { fileId: ref(f.save) },
    body,
  });
  fromOf.set(f.save, f.holder);
  f.holder = to;
  f.opened = false;
}

/** The holder returns the file to whoever sent it. */
function returnFile(f: Fl, at: string, remarks: string, opts: Pick<MoveOptions, 'note'> = {}): void {
  if (!f.opened) open(f, plus(at, -15));
  if (opts.note) note(f, plus(at, -10), opts.note);
  const back = fromOf.get(f.save);
  if (back === undefined) throw new Error(`seed: ${f.save} was never sent`);
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'returnFile',
    pathParams: { fileId: ref(f.save) },
    body: { remarks } satisfies Schemas['ActionRequest'],
  });
  fromOf.set(f.save, f.holder);
  f.holder = back;
  f.opened = false;
}

function pullBackFile(f: Fl, at: string, remarks: string): void {
  const sender = fromOf.get(f.save);
  if (sender === undefined || f.opened) throw new Error(`seed: ${f.save} cannot be pulled back`);
  built.push({
    at,
    actor: who(sender),
    operationId: 'pullBackFile',
    pathParams: { fileId: ref(f.save) },
    body: { remarks } satisfies Schemas['ActionRequest'],
  });
  fromOf.delete(f.save);
  f.holder = sender;
  f.opened = true;
}

function park(f: Fl, at: string, remarks: string, reviewOn?: string): void {
  if (!f.opened) open(f, plus(at, -15));
  const body: Schemas['ParkFileRequest'] = { remarks };
  if (reviewOn) body.reviewOn = reviewOn;
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'parkFile',
    pathParams: { fileId: ref(f.save) },
    body,
  });
}

function close(f: Fl, at: string, remarks: string): void {
  if (!f.opened) open(f, plus(at, -15));
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'closeFile',
    pathParams: { fileId: ref(f.save) },
    body: { remarks } satisfies Schemas['CloseRequest'],
  });
}

function link(f: Fl, other: Fl, at: string, remarks: string): void {
  if (!f.opened) open(f, plus(at, -15));
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'linkFile',
    pathParams: { fileId: ref(f.save) },
    body: { fileId: ref(other.save), remarks } satisfies Schemas['LinkFileRequest'],
  });
}

/** The holder of the file puts up a draft for approval (मसौदा), saved as `save`. */
function createDraft(f: Fl, at: string, save: string, body: Schemas['CreateDraftRequest']): void {
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'createDraft',
    pathParams: { fileId: ref(f.save) },
    body,
    saveAs: save,
  });
}

/** A senior holding the file revises the draft: a new revision (the runner sends If-Match). */
function reviseDraft(f: Fl, at: string, draft: string, body: Schemas['ReviseDraftRequest']): void {
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'reviseDraft',
    pathParams: { draftId: ref(draft) },
    body,
  });
}

/** The holder signs the current revision with a sandbox key and approves the draft with it. */
function approveDraft(f: Fl, at: string, draft: string, remarks: string): void {
  const signature = `${draft}_signature`;
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'submitDraftSignature',
    pathParams: { draftId: ref(draft) },
    signWithSandboxKey: true,
    saveAs: signature,
  });
  built.push({
    at: plus(at, 2),
    actor: who(f.holder),
    operationId: 'approveDraft',
    pathParams: { draftId: ref(draft) },
    body: { signatureId: ref(signature), remarks } satisfies Schemas['ApproveDraftRequest'],
  });
}

/** The holder issues (प्रेषण) the approved draft: a dispatch number and the office copy as the next C/n. */
function issueDraft(f: Fl, at: string, draft: string, body: Schemas['IssueDraftRequest']): void {
  built.push({
    at,
    actor: who(f.holder),
    operationId: 'issueDraft',
    pathParams: { draftId: ref(draft) },
    body,
  });
}

/** A Hindi paragraph of a letter. */
const para = (text: string): string => `<p lang="hi">${text}</p>`;

// Common senders.
const LC_SENDER: Schemas['Sender'] = {
  name: 'श्रमायुक्त, मध्यप्रदेश',
  designation: 'श्रमायुक्त',
  organisation: 'श्रमायुक्त कार्यालय, मध्यप्रदेश',
  address: 'श्रम भवन, 1 शिवाजी नगर, इंदौर',
  email: 'labourcommissioner@mp.gov.in.example',
  state: 'Madhya Pradesh',
  district: 'Indore',
  pincode: '452003',
};
const DLC_BPL_SENDER: Schemas['Sender'] = {
  name: 'उप श्रमायुक्त, भोपाल संभाग',
  designation: 'उप श्रमायुक्त',
  organisation: 'संभागीय श्रम कार्यालय, भोपाल',
  address: 'श्रम भवन, अरेरा हिल्स, भोपाल',
  state: 'Madhya Pradesh',
  district: 'Bhopal',
  pincode: '462011',
};

// ================================================================ F1: VDA revision (30+ movements)
// Minimum Wages, Mantralaya. Created by SO(MW), moves up and down the hierarchy and to the Labour
// Commissioner for comments; ends with the Deputy Secretary, most immediate, past its due date.
{
  const r1 = diarise(t('10-08', 10, 40), 'cru_lab', 'r_vda', {
    nature: 'physical',
    priority: 'immediate',
    subject: 'न्यूनतम वेतन अधिनियम के अंतर्गत अनुसूचित नियोजनों में 1 अक्टूबर 2026 से परिवर्तनशील महंगाई भत्ते का पुनरीक्षण',
    language: 'hi',
    letterNumber: 'श्रमा/न्यू.वे./2026/4418',
    letterDate: d('10-05'),
    receivedDate: d('10-07'),
    diarisedDate: d('10-08'),
    deliveryMode: 'speed_post',
    sender: LC_SENDER,
    enclosures: [{ description: 'उपभोक्ता मूल्य सूचकांक (औद्योगिक श्रमिक) की गणना तालिका', count: 2 }],
  });
  sendReceipt(r1, t('10-08', 11, 0), 'so_mw', 'कृपया आवश्यक कार्यवाही हेतु', { priority: 'immediate' });
  receive(r1, t('10-08', 12, 15));
  const f1 = createFile(t('10-08', 15, 0), 'so_mw', 'f_vda', {
    numbering: sfs('L', '42011', 27),
    nature: 'electronic',
    subject: 'अनुसूचित नियोजनों में 1 अक्टूबर 2026 से परिवर्तनशील महंगाई भत्ते (VDA) का पुनरीक्षण',
    description: 'अप्रैल–सितंबर 2026 के उपभोक्ता मूल्य सूचकांक के आधार पर परिवर्तनशील महंगाई भत्ते की दरों का निर्धारण',
    category: 'Policy',
    priority: 'immediate',
  });
  putInFile(r1, f1, t('10-08', 15, 10), 'पुनरीक्षण प्रस्ताव नस्ती में रखा गया');
  send(f1, t('10-08', 16, 10), 'us_mw', 'कृपया अवलोकन करें', {
    priority: 'immediate',
    note: [
      `विचाराधीन आवती ${c(1)} श्रमायुक्त, मध्यप्रदेश द्वारा अनुसूचित नियोजनों में 1 अक्टूबर 2026 से परिवर्तनशील महंगाई भत्ते के पुनरीक्षण के संबंध में प्राप्त हुई है।`,
      'श्रमायुक्त द्वारा अप्रैल से सितंबर 2026 की अवधि के औसत उपभोक्ता मूल्य सूचकांक में 11 अंकों की वृद्धि के आधार पर अकुशल श्रेणी हेतु ₹ 275 प्रतिमाह की वृद्धि प्रस्तावित की गई है।',
      'प्रस्ताव पर अधिसूचना जारी करने से पूर्व सक्षम स्वीकृति प्राप्त किया जाना उचित होगा। कृपया अवलोकन कर आदेशार्थ प्रस्तुत।',
    ],
  });
  send(f1, t('10-09', 11, 30), 'ds_lab', 'अनुमोदनार्थ प्रस्तुत', {
    priority: 'immediate',
    note: ['अनुभाग की टीप से सहमत। प्रस्ताव अधिनियम की धारा 4 के अनुरूप है। अनुमोदनार्थ प्रस्तुत।'],
  });
  send(f1, t('10-12', 12, 0), 'ps_lab', 'अनुमोदनार्थ प्रस्तुत', { priority: 'immediate' });
  returnFile(f1, t('10-13', 16, 0), 'श्रमायुक्त का विस्तृत अभिमत प्राप्त करें', {
    note: [
      'प्रस्तावित वृद्धि के वित्तीय प्रभाव एवं नियोजक संगठनों की आपत्तियों पर श्रमायुक्त का विस्तृत अभिमत प्राप्त किया जाए।',
    ],
  });
  send(f1, t('10-14', 11, 0), 'us_mw', 'कृपया प्रमुख सचिव महोदय के निर्देशानुसार कार्यवाही करें');
  send(f1, t('10-14', 15, 30), 'so_mw', 'कृपया श्रमायुक्त को पत्र का प्रारूप प्रस्तुत करें');
  send(f1, t('10-15', 12, 0), 'us_mw', 'अनुमोदनार्थ प्रस्तुत', {
    note: ['प्रमुख सचिव महोदय के निर्देश के पालन में श्रमायुक्त से सात दिवस में अभिमत चाहने हेतु पत्र का प्रारूप प्रस्तुत है।'],
  });
  send(f1, t('10-16', 11, 30), 'ds_lab', 'कृपया अवलोकन करें');
  send(f1, t('10-19', 11, 0), 'lc_ind', 'कृपया अभिमत सहित नस्ती वापस भेजें', {
    priority: 'immediate',
    dueDate: d('10-23'),
    note: ['नस्ती श्रमायुक्त महोदय को अभिमत हेतु प्रेषित की जाए।'],
  });
  send(f1, t('10-21', 12, 0), 'dlc_ind', 'परीक्षण कर अभिमत दें', { priority: 'immediate', dueDate: d('10-22') });
  returnFile(f1, t('10-22', 17, 0), 'अभिमत प्रस्तुत', {
    note: [
      'प्रस्तावित वृद्धि उपभोक्ता मूल्य सूचकांक के अनुरूप है। इंदौर, भोपाल एवं ग्वालियर के औद्योगिक संगठनों से प्राप्त सुझावों पर विचार कर लिया गया है।',
    ],
  });
  send(f1, t('10-23', 12, 30), 'ds_lab', 'अभिमत सहित नस्ती वापस', {
    note: ['उप श्रमायुक्त के अभिमत से सहमत। प्रस्ताव अनुशंसित।'],
  });
  send(f1, t('10-26', 11, 30), 'us_mw', 'कृपया अवलोकन करें');
  send(f1, t('10-26', 16, 0), 'so_mw', 'कृपया पुनरीक्षित दरों की गणना पत्रक तैयार करें');
  // An objection arrives while SO(MW) holds the file, and joins it as C/2.
  const r21 = diarise(t('10-27', 10, 30), 'cru_lab', 'r_vda_objection', {
    nature: 'physical',
    subject: 'परिवर्तनशील महंगाई भत्ते में प्रस्तावित वृद्धि पर लघु उद्योग संगठनों की आपत्ति',
    language: 'hi',
    letterNumber: 'लउभा/मप्र/2026/88',
    letterDate: d('10-24'),
    receivedDate: d('10-26'),
    diarisedDate: d('10-27'),
    deliveryMode: 'by_hand',
    sender: {
      name: 'प्रदेश महामंत्री, लघु उद्योग भारती',
      organisation: 'लघु उद्योग भारती, मध्यप्रदेश',
      address: 'गोविंदपुरा औद्योगिक क्षेत्र, भोपाल',
      mobile: '9425012345',
      state: 'Madhya Pradesh',
      district: 'Bhopal',
      pincode: '462023',
    },
  });
  sendReceipt(r21, t('10-27', 11, 0), 'so_mw', 'संबंधित नस्ती में रखें');
  receive(r21, t('10-27', 11, 30));
  putInFile(r21, f1, t('10-27', 12, 0), 'आपत्ति पत्र संबंधित नस्ती में रखा गया');
  send(f1, t('10-28', 15, 0), 'us_mw', 'गणना पत्रक सहित प्रस्तुत', {
    note: [
      `श्रमायुक्त के प्रस्ताव ${c(1)} के अनुसार पुनरीक्षित दरों का गणना पत्रक तैयार कर लिया गया है।`,
      `लघु उद्योग भारती की आपत्ति ${c(2)} में वृद्धि को छह माह स्थगित करने का अनुरोध है। अधिनियम में ऐसे स्थगन का प्रावधान नहीं है, अतः आपत्ति मान्य किया जाना उचित प्रतीत नहीं होता।`,
    ],
  });
  send(f1, t('10-29', 11, 30), 'ds_lab', 'अनुमोदनार्थ प्रस्तुत');
  send(f1, t('10-30', 12, 0), 'ps_lab', 'अनुमोदनार्थ प्रस्तुत', { priority: 'immediate' });
  returnFile(f1, t('11-02', 16, 30), 'वित्त विभाग की सहमति प्राप्त करें', {
    note: ['शासकीय विभागों के दैनिक वेतनभोगी श्रमिकों पर व्यय भार के दृष्टिगत वित्त विभाग की सहमति प्राप्त की जाए।'],
  });
  send(f1, t('11-03', 11, 0), 'us_mw', 'कृपया वित्त विभाग को प्रस्ताव भेजें');
  send(f1, t('11-03', 15, 0), 'so_mw', 'कृपया व्यय भार का आकलन प्रस्तुत करें');
  send(f1, t('11-04', 12, 0), 'us_mw', 'व्यय भार के आकलन सहित प्रस्तुत', {
    note: [
      'विभागों से प्राप्त जानकारी के अनुसार अनुमानित अतिरिक्त वार्षिक व्यय भार ₹ 38.60 करोड़ है। वित्त विभाग की सहमति हेतु प्रस्ताव प्रस्तुत।',
    ],
  });
  send(f1, t('11-05', 11, 30), 'ds_lab', 'कृपया अवलोकन करें');
  returnFile(f1, t('11-06', 12, 0), 'वित्त विभाग की टीप की प्रति संलग्न करें');
  send(f1, t('11-06', 16, 0), 'so_mw', 'कृपया वित्त विभाग की टीप संलग्न करें');
  send(f1, t('11-09', 12, 0), 'us_mw', 'वित्त विभाग की सहमति सहित प्रस्तुत', {
    note: ['वित्त विभाग द्वारा अनौपचारिक टीप दिनांक 06.11.2026 से प्रस्ताव पर सहमति दी गई है।'],
  });
  send(f1, t('11-10', 11, 30), 'ds_lab', 'अनुमोदनार्थ प्रस्तुत');
  send(f1, t('11-11', 12, 0), 'ps_lab', 'अनुमोदनार्थ प्रस्तुत', { priority: 'immediate' });
  send(f1, t('11-12', 16, 0), 'ds_lab', 'अनुमोदित। अधिसूचना का प्रारूप प्रस्तुत करें।', {
    note: ['प्रस्ताव अनुमोदित। अधिसूचना का प्रारूप विधि विभाग के परीक्षण उपरांत प्रस्तुत किया जाए।'],
  });
  send(f1, t('11-13', 11, 0), 'us_mw', 'अधिसूचना का प्रारूप प्रस्तुत करें');
  send(f1, t('11-13', 15, 30), 'so_mw', 'कृपया प्रारूप प्रस्तुत करें', { priority: 'immediate' });
  send(f1, t('11-16', 12, 0), 'us_mw', 'अधिसूचना का प्रारूप प्रस्तुत', {
    priority: 'immediate',
    note: ['अधिसूचना का हिंदी एवं अंग्रेजी प्रारूप विधि विभाग के परीक्षण उपरांत अनुमोदनार्थ प्रस्तुत है।'],
  });
  send(f1, t('11-17', 11, 30), 'ds_lab', 'अनुमोदनार्थ प्रस्तुत', {
    priority: 'most_immediate',
    dueDate: d('11-18'),
  });
  open(f1, t('11-17', 16, 0));
}

// ================================================================ F2: earned leave (closed by its creator)
{
  const r2 = diarise(t('10-12', 11, 0), 'cru_lab', 'r_leave', {
    nature: 'physical',
    subject: 'श्री रमेश चंद्र प्रजापति, सहायक ग्रेड-3 को 15 दिवस का अर्जित अवकाश स्वीकृत करने बाबत',
    language: 'hi',
    letterDate: d('10-12'),
    receivedDate: d('10-12'),
    diarisedDate: d('10-12'),
    deliveryMode: 'by_hand',
    sender: {
      name: 'रमेश चंद्र प्रजापति',
      designation: 'सहायक ग्रेड-3',
      organisation: 'श्रम विभाग, मंत्रालय',
      address: 'वल्लभ भवन, भोपाल',
      state: 'Madhya Pradesh',
      district: 'Bhopal',
      pincode: '462004',
    },
  });
  sendReceipt(r2, t('10-12', 11, 20), 'so_estt', 'आवश्यक कार्यवाही हेतु');
  receive(r2, t('10-12', 12, 0));
  sendReceipt(r2, t('10-12', 12, 30), 'ag2_estt', 'कृपया प्रकरण प्रस्तुत करें');
  receive(r2, t('10-12', 14, 0));
  const f2 = createFile(t('10-12', 14, 30), 'ag2_estt', 'f_leave', {
    numbering: sfs('A', '12012', 7),
    nature: 'electronic',
    subject: 'श्री रमेश चंद्र प्रजापति, सहायक ग्रेड-3 का अर्जित अवकाश',
    category: 'Establishment',
  });
  putInFile(r2, f2, t('10-12', 14, 40), 'अवकाश आवेदन नस्ती में रखा गया');
  const leaveOrder: Schemas['CreateDraftRequest'] = {
    draftType: 'office_order',
    subject: 'श्री रमेश चंद्र प्रजापति, सहायक ग्रेड-3 को अर्जित अवकाश की स्वीकृति',
    language: 'hi',
    addressees: [
      { name: 'श्री रमेश चंद्र प्रजापति', designation: 'सहायक ग्रेड-3', organisation: 'श्रम विभाग, मंत्रालय' },
    ],
    body:
      para('मध्यप्रदेश शासन<br>श्रम विभाग<br>मंत्रालय, वल्लभ भवन, भोपाल') +
      '<h2 lang="hi">आदेश</h2>' +
      para(
        'श्री रमेश चंद्र प्रजापति, सहायक ग्रेड-3, श्रम विभाग को मध्यप्रदेश सिविल सेवा (अवकाश) नियम, 1977 के अंतर्गत दिनांक 26.10.2026 से 09.11.2026 तक 15 दिवस का अर्जित अवकाश स्वीकृत किया जाता है।',
      ) +
      para(
        'अवकाश अवधि में उनके कार्य का संपादन श्री मुकेश साहू, सहायक ग्रेड-2 द्वारा किया जाएगा। अवकाश से लौटने पर श्री प्रजापति पुनः अपने पद पर कार्य करेंगे।',
      ) +
      para('मध्यप्रदेश के राज्यपाल के नाम से तथा आदेशानुसार,<br>अवर सचिव<br>मध्यप्रदेश शासन, श्रम विभाग'),
    replyToReceiptId: ref(r2.save),
  };
  createDraft(f2, t('10-12', 15, 25), 'd_leave_order', leaveOrder);
  send(f2, t('10-12', 15, 30), 'so_estt', 'कृपया अवलोकन करें', {
    note: [
      `श्री रमेश चंद्र प्रजापति, सहायक ग्रेड-3 ने पारिवारिक कारणों से दिनांक 26.10.2026 से 09.11.2026 तक 15 दिवस के अर्जित अवकाश हेतु आवेदन ${c(1)} प्रस्तुत किया है।`,
      'अवकाश लेखे के अनुसार उनके खाते में 184 दिवस का अर्जित अवकाश शेष है। अवकाश स्वीकृत किया जा सकता है। कृपया अवलोकन कर आदेशार्थ प्रस्तुत।',
    ],
  });
  reviseDraft(f2, t('10-13', 11, 55), 'd_leave_order', {
    ...leaveOrder,
    language: 'hi',
    body: leaveOrder.body + para('प्रतिलिपि: लेखा शाखा, श्रम विभाग — सूचनार्थ एवं वेतन देयक में आवश्यक कार्यवाही हेतु।'),
    remarks: 'प्रतिलिपि जोड़ी गई',
  });
  send(f2, t('10-13', 12, 0), 'us_estt', 'आदेशार्थ प्रस्तुत', {
    note: ['अवकाश अवधि में शाखा का कार्य श्री मुकेश साहू, सहायक ग्रेड-2 द्वारा संपादित किया जाएगा। स्वीकृति हेतु प्रस्तुत।'],
  });
  approveDraft(f2, t('10-14', 11, 22), 'd_leave_order', 'अनुमोदित');
  returnFile(f2, t('10-14', 11, 30), 'स्वीकृत', {
    note: ['अर्जित अवकाश स्वीकृत। आदेश जारी करें।'],
  });
  send(f2, t('10-14', 15, 0), 'ag2_estt', 'स्वीकृति आदेश जारी करें');
  issueDraft(f2, t('10-15', 11, 40), 'd_leave_order', {
    mode: 'by_hand',
    remarks: 'आदेश की प्रति संबंधित कर्मचारी को दस्ती प्रदाय की गई',
  });
  note(f2, t('10-15', 12, 0), [
    `अवकाश स्वीकृति आदेश प्रेषण क्रमांक D/1/2026/Estt. दिनांक 15.10.2026 द्वारा जारी कर दिया गया है (${c(2)})। नस्ती बंद की जाए।`,
  ]);
  close(f2, t('10-16', 11, 0), 'अवकाश स्वीकृति आदेश जारी, नस्ती बंद');
}

// ================================================================ F3: RTI application (overdue with US(ESTT))
{
  const r3 = diarise(t('10-19', 14, 0), 'cru_lab', 'r_rti', {
    nature: 'physical',
    priority: 'immediate',
    subject: 'सूचना का अधिकार अधिनियम 2005 के अंतर्गत श्रम निरीक्षकों की भर्ती संबंधी जानकारी हेतु आवेदन',
    language: 'hi',
    letterDate: d('10-15'),
    receivedDate: d('10-19'),
    diarisedDate: d('10-19'),
    deliveryMode: 'registered_post',
    sender: {
      name: 'अभिषेक जैन',
      address: '42, अयोध्या नगर, भोपाल',
      mobile: '9826054321',
      state: 'Madhya Pradesh',
      district: 'Bhopal',
      pincode: '462041',
    },
    enclosures: [{ description: 'आवेदन शुल्क ₹ 10 का पोस्टल ऑर्डर', count: 1 }],
  });
  sendReceipt(r3, t('10-19', 14, 30), 'so_estt', 'सूचना का अधिकार — समय-सीमा में कार्यवाही करें', {
    priority: 'immediate',
  });
  receive(r3, t('10-21', 11, 0));
  const f3 = createFile(t('10-21', 11, 30), 'so_estt', 'f_rti', {
    numbering: sfs('A', '43020', 12),
    nature: 'electronic',
    subject: 'श्री अभिषेक जैन, भोपाल का सूचना का अधिकार आवेदन — श्रम निरीक्षक भर्ती',
    category: 'RTI',
    priority: 'immediate',
  });
  putInFile(r3, f3, t('10-21', 11, 40), 'आवेदन नस्ती में रखा गया');
  send(f3, t('10-21', 12, 30), 'us_estt', 'लोक सूचना अधिकारी के अवलोकनार्थ', {
    priority: 'immediate',
    dueDate: d('10-28'),
    note: [
      `आवेदक श्री अभिषेक जैन द्वारा ${c(1)} के माध्यम से वर्ष 2024 एवं 2025 में श्रम निरीक्षकों की भर्ती की चयन सूची एवं आरक्षण रोस्टर की प्रमाणित प्रतियाँ चाही गई हैं।`,
      'आवेदन दिनांक 19.10.2026 को प्राप्त हुआ है, अतः 30 दिवस की समय-सीमा 18.11.2026 को पूर्ण होगी। कृपया अवलोकन करें।',
    ],
  });
  returnFile(f3, t('10-23', 15, 0), 'चर्चा करें', {
    note: ['कर्मचारी चयन मंडल से चयन सूची की प्रति प्राप्त कर प्रस्तुत करें।'],
  });
  const rtiReply: Schemas['CreateDraftRequest'] = {
    draftType: 'letter',
    subject: 'सूचना का अधिकार अधिनियम, 2005 के अंतर्गत आपके आवेदन दिनांक 15.10.2026 के संबंध में',
    language: 'hi',
    addressees: [{ name: 'श्री अभिषेक जैन', address: '42, अयोध्या नगर, भोपाल – 462041' }],
    body:
      para('महोदय,') +
      para(
        'आपके उपर्युक्त आवेदन के संदर्भ में लेख है कि वर्ष 2024 एवं 2025 में श्रम निरीक्षकों की भर्ती की चयन सूची एवं आरक्षण रोस्टर की प्रमाणित प्रतियाँ 46 पृष्ठों में उपलब्ध हैं।',
      ) +
      para(
        'सूचना का अधिकार (फीस एवं लागत का विनियमन) नियम, 2005 के अनुसार ₹ 2 प्रति पृष्ठ की दर से कुल ₹ 92 (बानवे रुपये मात्र) अतिरिक्त शुल्क नकद, डिमांड ड्राफ्ट अथवा भारतीय पोस्टल ऑर्डर द्वारा जमा करने का कष्ट करें। शुल्क प्राप्त होते ही जानकारी प्रदाय कर दी जाएगी।',
      ) +
      para('भवदीय,<br>लोक सूचना अधिकारी एवं अवर सचिव<br>मध्यप्रदेश शासन, श्रम विभाग'),
    replyToReceiptId: ref(r3.save),
    remarks: 'आवेदक को अतिरिक्त शुल्क की सूचना हेतु मसौदा',
  };
  createDraft(f3, t('11-05', 11, 56), 'd_rti_reply', rtiReply);
  send(f3, t('11-05', 12, 0), 'us_estt', 'चयन सूची की प्रति सहित प्रस्तुत', {
    priority: 'immediate',
    dueDate: d('11-13'),
    note: [
      'कर्मचारी चयन मंडल से चयन सूची की प्रति प्राप्त हो गई है। आवेदक को 46 पृष्ठ की जानकारी ₹ 2 प्रति पृष्ठ की दर से प्रदाय की जा सकती है।',
    ],
  });
  open(f3, t('11-06', 11, 0));
  reviseDraft(f3, t('11-06', 11, 30), 'd_rti_reply', {
    ...rtiReply,
    language: 'hi',
    body:
      rtiReply.body +
      para(
        'यदि आप इस उत्तर से संतुष्ट नहीं हैं, तो 30 दिवस के भीतर प्रथम अपीलीय अधिकारी, उप सचिव, श्रम विभाग, मंत्रालय, भोपाल के समक्ष प्रथम अपील प्रस्तुत कर सकते हैं।',
      ),
    remarks: 'प्रथम अपील का उल्लेख जोड़ा गया',
  });
  approveDraft(f3, t('11-06', 11, 40), 'd_rti_reply', 'अनुमोदित, प्रेषित करें');
}

// ================================================================ F4 / F14: industrial dispute and the Assembly question
const f4 = ((): Fl => {
  const r4 = diarise(t('10-22', 11, 0), 'cru_lab', 'r_conciliation', {
    nature: 'physical',
    subject:
      'मेसर्स भोपाल टेक्सटाइल्स प्रा. लि., मंडीदीप के श्रमिकों एवं प्रबंधन के मध्य औद्योगिक विवाद — समझौता असफलता प्रतिवेदन',
    language: 'hi',
    letterNumber: 'उश्रआ/भो/औसं/2026/1207',
    letterDate: d('10-16'),
    receivedDate: d('10-21'),
    diarisedDate: d('10-22'),
    deliveryMode: 'speed_post',
    sender: DLC_BPL_SENDER,
    enclosures: [{ description: 'सुलह कार्यवाही का कार्यवृत्त', count: 1 }],
  });
  sendReceipt(r4, t('10-22', 11, 30), 'so_ir', 'आवश्यक कार्यवाही हेतु');
  receive(r4, t('10-22', 14, 0));
  const f = createFile(t('10-22', 14, 30), 'so_ir', 'f_conciliation', {
    numbering: sfs('L', '11011', 23),
    nature: 'electronic',
    subject: 'मेसर्स भोपाल टेक्सटाइल्स प्रा. लि., मंडीदीप — औद्योगिक विवाद का श्रम न्यायालय को संदर्भ',
    category: 'Industrial dispute',
  });
  putInFile(r4, f, t('10-22', 14, 40), 'समझौता असफलता प्रतिवेदन नस्ती में रखा गया');
  const r22 = diarise(t('10-23', 10, 15), 'cru_lab', 'r_union', {
    nature: 'physical',
    subject: 'मंडीदीप टेक्सटाइल मजदूर संघ द्वारा विवाद को श्रम न्यायालय को संदर्भित करने का अभ्यावेदन',
    language: 'hi',
    letterDate: d('10-20'),
    receivedDate: d('10-22'),
    diarisedDate: d('10-23'),
    deliveryMode: 'by_hand',
    sender: {
      name: 'महासचिव, मंडीदीप टेक्सटाइल मजदूर संघ',
      organisation: 'मंडीदीप टेक्सटाइल मजदूर संघ',
      address: 'औद्योगिक क्षेत्र, मंडीदीप, रायसेन',
      mobile: '9755098765',
      state: 'Madhya Pradesh',
      district: 'Raisen',
      pincode: '462046',
    },
  });
  sendReceipt(r22, t('10-23', 10, 30), 'so_ir', 'संबंधित नस्ती में रखें');
  receive(r22, t('10-23', 10, 45));
  putInFile(r22, f, t('10-23', 10, 55), 'अभ्यावेदन संबंधित नस्ती में रखा गया');
  const reference: Schemas['CreateDraftRequest'] = {
    draftType: 'notification',
    subject: 'मेसर्स भोपाल टेक्सटाइल्स प्रा. लि., मंडीदीप के औद्योगिक विवाद का श्रम न्यायालय, भोपाल को संदर्भ',
    language: 'hi',
    addressees: [
      { name: 'पीठासीन अधिकारी', organisation: 'श्रम न्यायालय, भोपाल', address: 'श्रम न्यायालय परिसर, भोपाल' },
      {
        name: 'प्रबंधक',
        organisation: 'मेसर्स भोपाल टेक्सटाइल्स प्रा. लि.',
        address: 'औद्योगिक क्षेत्र, मंडीदीप, जिला रायसेन',
      },
      {
        name: 'महासचिव',
        organisation: 'मंडीदीप टेक्सटाइल मजदूर संघ',
        address: 'औद्योगिक क्षेत्र, मंडीदीप, जिला रायसेन',
      },
    ],
    body:
      para('मध्यप्रदेश शासन<br>श्रम विभाग<br>मंत्रालय, वल्लभ भवन, भोपाल') +
      '<h2 lang="hi">अधिसूचना</h2>' +
      para(
        'क्रमांक एल-11011/23/2026/औसं — यतः राज्य शासन की राय है कि मेसर्स भोपाल टेक्सटाइल्स प्रा. लि., मंडीदीप, जिला रायसेन के प्रबंधन एवं उसके श्रमिकों के मध्य नीचे दी गई अनुसूची में वर्णित विषय पर औद्योगिक विवाद विद्यमान है;',
      ) +
      para(
        'अतः औद्योगिक संबंध संहिता, 2020 की धारा 53 द्वारा प्रदत्त शक्तियों को प्रयोग में लाते हुए राज्य शासन उक्त विवाद को न्यायनिर्णयन हेतु श्रम न्यायालय, भोपाल को संदर्भित करता है।',
      ) +
      '<h3 lang="hi">अनुसूची</h3>' +
      '<table><tr><th lang="hi">क्र.</th><th lang="hi">विवाद का विषय</th></tr>' +
      '<tr><td>1</td><td lang="hi">क्या श्रमिकों द्वारा की गई वेतन पुनरीक्षण की मांग उचित एवं वैध है? यदि हाँ, तो श्रमिक किस अनुतोष के पात्र हैं?</td></tr></table>' +
      para('मध्यप्रदेश के राज्यपाल के नाम से तथा आदेशानुसार,<br>उप सचिव<br>मध्यप्रदेश शासन, श्रम विभाग'),
    replyToReceiptId: ref(r4.save),
  };
  createDraft(f, t('10-23', 11, 25), 'd_reference', reference);
  send(f, t('10-23', 11, 30), 'us_ir', 'कृपया अवलोकन करें', {
    note: [
      `उप श्रमायुक्त, भोपाल संभाग के प्रतिवेदन ${c(1)} के अनुसार वेतन पुनरीक्षण की मांग पर सुलह कार्यवाही असफल रही है। श्रमिक संघ ने भी ${c(2)} में विवाद को न्यायनिर्णयन हेतु संदर्भित करने का अनुरोध किया है।`,
      'औद्योगिक संबंध संहिता, 2020 की धारा 53 के अंतर्गत विवाद को श्रम न्यायालय, भोपाल को संदर्भित किया जाना उचित होगा। कृपया अवलोकन कर आदेशार्थ प्रस्तुत।',
    ],
  });
  reviseDraft(f, t('10-26', 14, 55), 'd_reference', {
    ...reference,
    language: 'hi',
    addressees: [
      ...reference.addressees,
      { name: 'नियंत्रक', organisation: 'शासकीय केंद्रीय मुद्रणालय, भोपाल', address: 'राजपत्र में प्रकाशन हेतु' },
    ],
    body: reference.body + para('यह अधिसूचना मध्यप्रदेश राजपत्र में प्रकाशन की तिथि से प्रभावशील होगी।'),
    remarks: 'राजपत्र में प्रकाशन का उल्लेख जोड़ा गया',
  });
  send(f, t('10-26', 15, 0), 'ds_lab', 'आदेशार्थ प्रस्तुत', {
    note: ['अनुभाग के प्रस्ताव से सहमत। प्रकरण श्रम न्यायालय को संदर्भित किए जाने हेतु आदेशार्थ प्रस्तुत।'],
  });
  open(f, t('10-27', 10, 30));
  return f;
})();

// ================================================================ F5: court case, parked by US(IR)
{
  const r5 = diarise(t('10-09', 11, 0), 'cru_lab', 'r_writ', {
    nature: 'physical',
    classification: 'confidential',
    priority: 'immediate',
    subject: 'माननीय उच्च न्यायालय, जबलपुर में रिट याचिका क्र. 21457/2026 — श्रमिक संघ पंजीयन निरस्तीकरण',
    language: 'en',
    letterNumber: 'WP/21457/2026',
    letterDate: d('10-06'),
    receivedDate: d('10-08'),
    diarisedDate: d('10-09'),
    deliveryMode: 'registered_post',
    sender: {
      name: 'Registrar (Judicial), High Court of Madhya Pradesh',
      organisation: 'High Court of Madhya Pradesh',
      address: 'Jabalpur',
      state: 'Madhya Pradesh',
      district: 'Jabalpur',
      pincode: '482001',
    },
  });
  sendReceipt(r5, t('10-09', 11, 30), 'so_ir', 'न्यायालयीन प्रकरण — तत्काल', { priority: 'immediate' });
  receive(r5, t('10-09', 12, 30));
  const f5 = createFile(t('10-09', 14, 0), 'so_ir', 'f_writ', {
    numbering: sfs('L', '11011', 19),
    nature: 'electronic',
    subject: 'रिट याचिका क्र. 21457/2026 — प्रगतिशील श्रमिक संघ, पीथमपुर का पंजीयन निरस्तीकरण',
    category: 'Court case',
    classification: 'confidential',
    priority: 'immediate',
  });
  putInFile(r5, f5, t('10-09', 14, 10), 'न्यायालयीन सूचना पत्र नस्ती में रखा गया');
  send(f5, t('10-12', 11, 0), 'us_ir', 'कृपया अवलोकन करें', {
    priority: 'immediate',
    note: [
      `माननीय उच्च न्यायालय की सूचना ${c(1)} के अनुसार याचिकाकर्ता संघ ने पंजीयक, श्रमिक संघ द्वारा पंजीयन निरस्त किए जाने के आदेश को चुनौती दी है। शासन की ओर से जवाबदावा महाधिवक्ता कार्यालय के माध्यम से प्रस्तुत किया जाना है।`,
    ],
  });
  note(f5, t('10-14', 11, 30), [
    'जवाबदावा महाधिवक्ता कार्यालय को प्रेषित किया जा चुका है। आगामी सुनवाई दिनांक 10.12.2026 तक नस्ती पार्क की जाए।',
  ]);
  park(
    f5,
    t('10-14', 12, 0),
    'माननीय उच्च न्यायालय, जबलपुर में याचिका विचाराधीन; आगामी सुनवाई तक नस्ती पार्क की जाती है',
    d('12-10'),
  );
}

// ================================================================ F6: BOCW cess (unread with the PS, copy to LC)
{
  const r6 = diarise(t('10-26', 11, 0), 'cru_lab', 'r_bocw', {
    nature: 'physical',
    priority: 'immediate',
    subject: 'भवन एवं अन्य संनिर्माण कर्मकार कल्याण उपकर के संग्रहण में कमी एवं नगरीय निकायों से बकाया उपकर की वसूली',
    language: 'hi',
    letterNumber: 'मंडल/उपकर/2026/3391',
    letterDate: d('10-21'),
    receivedDate: d('10-23'),
    diarisedDate: d('10-26'),
    deliveryMode: 'speed_post',
    sender: {
      name: 'सचिव, म.प्र. भवन एवं अन्य संनिर्माण कर्मकार कल्याण मंडल',
      organisation: 'म.प्र. भवन एवं अन्य संनिर्माण कर्मकार कल्याण मंडल',
      address: 'श्रम भवन, अरेरा हिल्स, भोपाल',
      state: 'Madhya Pradesh',
      district: 'Bhopal',
      pincode: '462011',
    },
    enclosures: [{ description: 'नगरीय निकायवार बकाया उपकर की सूची', count: 3 }],
  });
  sendReceipt(r6, t('10-26', 11, 15), 'so_lw', 'आवश्यक कार्यवाही हेतु', { priority: 'immediate' });
  receive(r6, t('10-26', 12, 0));
  const f6 = createFile(t('10-26', 14, 0), 'so_lw', 'f_bocw', {
    numbering: sfs('L', '22011', 8),
    nature: 'electronic',
    subject: 'संनिर्माण कर्मकार कल्याण उपकर का नगरीय निकायों से बकाया संग्रहण',
    category: 'BOCW cess',
    priority: 'immediate',
  });
  putInFile(r6, f6, t('10-26', 14, 10), 'मंडल का पत्र नस्ती में रखा गया');
  send(f6, t('10-27', 12, 0), 'ds_lab', 'कृपया अवलोकन करें', {
    priority: 'immediate',
    copyTo: ['lc_ind'],
    note: [
      `मंडल के पत्र ${c(1)} के अनुसार वर्ष 2025-26 में 46 नगरीय निकायों द्वारा भवन अनुज्ञा के समय संग्रहीत ₹ 61.2 करोड़ का उपकर मंडल को अंतरित नहीं किया गया है।`,
      'नगरीय विकास एवं आवास विभाग को बकाया उपकर 30 दिवस में अंतरित कराने हेतु अर्द्धशासकीय पत्र लिखा जाना उचित होगा। श्रमायुक्त को प्रति सूचनार्थ। कृपया अवलोकन कर आदेशार्थ प्रस्तुत।',
    ],
  });
  send(f6, t('10-29', 12, 0), 'ps_lab', 'अनुमोदनार्थ प्रस्तुत', {
    priority: 'most_immediate',
    dueDate: d('11-06'),
    note: [
      'प्रस्ताव से सहमत। प्रमुख सचिव स्तर से नगरीय विकास एवं आवास विभाग को अर्द्धशासकीय पत्र प्रेषित किया जाना प्रस्तावित है।',
    ],
  });
}

// ================================================================ F7: Shram Sewa complaint (overdue with LI Sehore)
{
  const r7 = diarise(t('10-13', 11, 0), 'cru_lc', 'r_mw_complaint', {
    nature: 'physical',
    subject: 'मेसर्स नर्मदा एग्रो प्रोसेसर्स, आष्टा द्वारा न्यूनतम वेतन का भुगतान न किए जाने की शिकायत',
    language: 'hi',
    letterDate: d('10-07'),
    receivedDate: d('10-12'),
    diarisedDate: d('10-13'),
    deliveryMode: 'registered_post',
    sender: {
      name: 'रामप्रसाद कुशवाह',
      address: 'ग्राम भंवरा, तहसील आष्टा, जिला सीहोर',
      mobile: '9301234567',
      state: 'Madhya Pradesh',
      district: 'Sehore',
      pincode: '466116',
    },
    remarks: 'श्रम सेवा पोर्टल पर भी पंजीकृत शिकायत',
  });
  sendReceipt(r7, t('10-13', 11, 30), 'dlc_ind', 'कृपया अवलोकन करें');
  receive(r7, t('10-13', 15, 0));
  sendReceipt(r7, t('10-14', 11, 0), 'alo_seh', 'कृपया जांच कर 15 दिवस में प्रतिवेदन भेजें', {
    dueDate: d('10-29'),
  });
  receive(r7, t('10-16', 11, 0));
  const f7 = createFile(t('10-16', 11, 30), 'alo_seh', 'f_mw_complaint', {
    numbering: nonSfs('DLO-SEH/MW/2026/41'),
    nature: 'electronic',
    subject: 'मेसर्स नर्मदा एग्रो प्रोसेसर्स, आष्टा — न्यूनतम वेतन भुगतान की शिकायत की जांच',
    category: 'Minimum wages claim',
  });
  putInFile(r7, f7, t('10-16', 11, 40), 'शिकायत नस्ती में रखी गई');
  send(f7, t('10-16', 12, 30), 'li_seh', 'कृपया जांच कर प्रतिवेदन प्रस्तुत करें', {
    priority: 'immediate',
    dueDate: d('10-30'),
    note: [
      `विचाराधीन आवती ${c(1)} श्री रामप्रसाद कुशवाह द्वारा न्यूनतम वेतन के भुगतान न होने के संबंध में प्राप्त हुई है। शिकायतकर्ता के अनुसार जुलाई से सितंबर 2026 तक अकुशल श्रमिकों को ₹ 9,650 के स्थान पर ₹ 7,500 प्रतिमाह का भुगतान किया गया है।`,
      'प्रकरण में श्रम निरीक्षक, सीहोर से जांच प्रतिवेदन प्राप्त किया जाना उचित होगा। कृपया अवलोकन कर आदेशार्थ प्रस्तुत।',
    ],
  });
  open(f7, t('10-19', 11, 0));
}

// ================================================================ F8: gratuity complaint at Sehore (closed by its creator)
{
  const r8 = diarise(t('10-21', 11, 0), 'alo_seh', 'r_gratuity', {
    nature: 'physical',
    subject: 'श्रीमती गीता बाई को उपादान (ग्रेच्युटी) का भुगतान न किए जाने की शिकायत',
    language: 'hi',
    letterDate: d('10-21'),
    receivedDate: d('10-21'),
    diarisedDate: d('10-21'),
    deliveryMode: 'by_hand',
    sender: {
      name: 'गीता बाई',
      address: 'वार्ड 12, गंज, सीहोर',
      mobile: '7999123456',
      state: 'Madhya Pradesh',
      district: 'Sehore',
      pincode: '466001',
    },
  });
  const f8 = createFile(t('10-21', 11, 30), 'alo_seh', 'f_gratuity', {
    numbering: nonSfs('DLO-SEH/PG/2026/44'),
    nature: 'electronic',
    subject: 'श्रीमती गीता बाई — उपादान भुगतान अधिनियम के अंतर्गत दावा',
    category: 'Gratuity claim',
  });
  putInFile(r8, f8, t('10-21', 11, 40), 'शिकायत नस्ती में रखी गई');
  send(f8, t('10-21', 12, 30), 'li_seh', 'कृपया जांच करें', {
    dueDate: d('10-30'),
    note: [
      `आवेदिका ${c(1)} सीहोर कृषि उपज मंडी में 22 वर्ष सेवा के उपरांत सेवानिवृत्त हुई हैं। नियोजक से उपादान भुगतान की स्थिति की जांच कर प्रतिवेदन प्रस्तुत करें।`,
    ],
  });
  returnFile(f8, t('10-28', 16, 0), 'जांच प्रतिवेदन प्रस्तुत', {
    note: [
      'जांच में पाया गया कि नियोजक द्वारा दिनांक 27.10.2026 को ₹ 2,84,615 का उपादान भुगतान चेक द्वारा कर दिया गया है। आवेदिका ने भुगतान प्राप्ति की पुष्टि की है।',
    ],
  });
  note(f8, t('10-29', 11, 0), ['आवेदिका को उपादान राशि प्राप्त हो चुकी है। प्रकरण नस्तीबद्ध किया जाए।']);
  close(f8, t('10-29', 11, 30), 'आवेदिका को उपादान राशि का भुगतान प्राप्त; प्रकरण नस्तीबद्ध');
}

// ================================================================ F9: cess assessment at Raisen (overdue with DLC Bhopal)
{
  const r9 = diarise(t('10-28', 11, 0), 'alo_rsn', 'r_cess_rsn', {
    nature: 'physical',
    subject: 'नगर पालिका रायसेन क्षेत्र में निर्माणाधीन शॉपिंग कॉम्प्लेक्स पर संनिर्माण कर्मकार उपकर का निर्धारण',
    language: 'hi',
    letterNumber: 'नपा/रा/2026/2214',
    letterDate: d('10-23'),
    receivedDate: d('10-27'),
    diarisedDate: d('10-28'),
    deliveryMode: 'ordinary_post',
    sender: {
      name: 'मुख्य नगरपालिका अधिकारी, नगर पालिका परिषद रायसेन',
      organisation: 'नगर पालिका परिषद रायसेन',
      address: 'रायसेन',
      state: 'Madhya Pradesh',
      district: 'Raisen',
      pincode: '464551',
    },
  });
  const f9 = createFile(t('10-28', 12, 0), 'alo_rsn', 'f_cess_rsn', {
    numbering: nonSfs('DLO-RSN/BOCW/2026/17'),
    nature: 'electronic',
    subject: 'शॉपिंग कॉम्प्लेक्स, नगर पालिका रायसेन — संनिर्माण कर्मकार उपकर का निर्धारण',
    category: 'BOCW cess',
  });
  putInFile(r9, f9, t('10-28', 12, 10), 'पत्र नस्ती में रखा गया');
  send(f9, t('10-29', 12, 0), 'dlc_bpl', 'मार्गदर्शन हेतु', {
    dueDate: d('11-12'),
    note: [
      `नगर पालिका रायसेन के पत्र ${c(1)} के अनुसार निर्माण की अनुमानित लागत ₹ 7.8 करोड़ है, जिस पर 1 प्रतिशत की दर से ₹ 7.80 लाख उपकर देय होता है।`,
      'निर्माणकर्ता द्वारा भूमि की लागत को भी निर्माण लागत से घटाने का अनुरोध किया गया है। इस संबंध में मार्गदर्शन हेतु प्रस्तुत।',
    ],
  });
  open(f9, t('10-30', 11, 0));
}

// ================================================================ F10: factory licence renewal (unread with the Director)
{
  const r10 = diarise(t('11-09', 11, 0), 'jd_fac', 'r_factory', {
    nature: 'physical',
    subject: 'मेसर्स मालवा फार्मास्युटिकल्स लि., पीथमपुर — कारखाना अनुज्ञप्ति का वर्ष 2027 हेतु नवीनीकरण',
    language: 'en',
    letterNumber: 'MPL/HSE/2026/311',
    letterDate: d('11-02'),
    receivedDate: d('11-06'),
    diarisedDate: d('11-09'),
    deliveryMode: 'courier',
    sender: {
      name: 'Occupier, Malwa Pharmaceuticals Ltd.',
      organisation: 'Malwa Pharmaceuticals Ltd.',
      address: 'Sector 3, Industrial Area, Pithampur',
      email: 'hse@malwapharma.example.com',
      state: 'Madhya Pradesh',
      district: 'Dhar',
      pincode: '454775',
    },
    enclosures: [
      { description: 'Form 2 (renewal application)', count: 1 },
      { description: 'Stability certificate of the building', count: 1 },
    ],
  });
  const f10 = createFile(t('11-09', 12, 0), 'jd_fac', 'f_factory', {
    numbering: sfs('F', '13011', 52),
    nature: 'electronic',
    subject: 'मेसर्स मालवा फार्मास्युटिकल्स लि., पीथमपुर — कारखाना अनुज्ञप्ति नवीनीकरण वर्ष 2027',
    category: 'Factory licence',
  });
  putInFile(r10, f10, t('11-09', 12, 10), 'नवीनीकरण आवेदन नस्ती में रखा गया');
  note(f10, t('11-16', 15, 0), [
    `नवीनीकरण आवेदन ${c(1)} के साथ भवन स्थायित्व प्रमाणपत्र एवं अनुज्ञप्ति शुल्क ₹ 1,12,000 जमा किया गया है। कारखाना निरीक्षक, धार के निरीक्षण प्रतिवेदन दिनांक 12.11.2026 में कोई गंभीर कमी नहीं पाई गई है।`,
    'अनुज्ञप्ति का 31.12.2027 तक नवीनीकरण किया जा सकता है। अनुमोदनार्थ प्रस्तुत।',
  ]);
  send(f10, t('11-17', 11, 0), 'dir_ihs', 'अनुमोदनार्थ प्रस्तुत', { priority: 'immediate', dueDate: d('11-24') });
}

// ================================================================ F11: boiler registration (parked by the Inspector of Boilers)
{
  const r11 = diarise(t('10-15', 11, 0), 'ib_ihs', 'r_boiler', {
    nature: 'physical',
    subject: 'मेसर्स विंध्या पेपर मिल्स, शहडोल के बॉयलर क्र. MP-3318 के पंजीयन प्रमाणपत्र का नवीनीकरण',
    language: 'hi',
    letterNumber: 'VPM/ENG/2026/77',
    letterDate: d('10-09'),
    receivedDate: d('10-14'),
    diarisedDate: d('10-15'),
    deliveryMode: 'speed_post',
    sender: {
      name: 'महाप्रबंधक (अभियांत्रिकी), विंध्या पेपर मिल्स',
      organisation: 'विंध्या पेपर मिल्स',
      address: 'अमलाई रोड, शहडोल',
      state: 'Madhya Pradesh',
      district: 'Shahdol',
      pincode: '484001',
    },
  });
  const f11 = createFile(t('10-15', 12, 0), 'ib_ihs', 'f_boiler', {
    numbering: sfs('B', '21011', 31),
    nature: 'electronic',
    subject: 'बॉयलर क्र. MP-3318, विंध्या पेपर मिल्स, शहडोल — पंजीयन प्रमाणपत्र नवीनीकरण',
    category: 'Boiler inspection',
  });
  putInFile(r11, f11, t('10-15', 12, 10), 'आवेदन नस्ती में रखा गया');
  send(f11, t('10-16', 11, 0), 'dir_ihs', 'कृपया अवलोकन करें', {
    note: [
      `आवेदन ${c(1)} के अनुसार बॉयलर का पंजीयन प्रमाणपत्र 30.11.2026 को समाप्त हो रहा है। नवीनीकरण से पूर्व हाइड्रोलिक परीक्षण आवश्यक है।`,
    ],
  });
  returnFile(f11, t('10-19', 16, 0), 'हाइड्रोलिक परीक्षण उपरांत प्रस्तुत करें', {
    note: ['उद्योग से बॉयलर शटडाउन की तिथि प्राप्त कर परीक्षण कराया जाए।'],
  });
  park(f11, t('10-21', 11, 0), 'हाइड्रोलिक परीक्षण हेतु उद्योग द्वारा बॉयलर शटडाउन की तिथि की प्रतीक्षा', d('12-01'));
}

// ================================================================ F12: DPC at the Labour Commissioner's office (pulled back once)
{
  const f12 = createFile(t('11-02', 11, 0), 'os_lc', 'f_dpc', {
    numbering: sfs('A', '32012', 5),
    nature: 'electronic',
    subject: 'श्रम निरीक्षक से सहायक श्रम पदाधिकारी के पद पर पदोन्नति हेतु विभागीय पदोन्नति समिति की बैठक',
    category: 'Establishment',
  });
  send(f12, t('11-02', 15, 0), 'lc_ind', 'कृपया अवलोकन करें', {
    note: ['सहायक श्रम पदाधिकारी के 14 रिक्त पदों पर पदोन्नति हेतु विभागीय पदोन्नति समिति की बैठक आयोजित की जानी है।'],
  });
  pullBackFile(f12, t('11-02', 15, 40), 'वरिष्ठता सूची संलग्न करने हेतु वापस ली गई');
  send(f12, t('11-03', 12, 0), 'lc_ind', 'वरिष्ठता सूची सहित प्रस्तुत', {
    dueDate: d('11-10'),
    note: [
      'दिनांक 01.04.2026 की स्थिति में श्रम निरीक्षकों की अंतिम वरिष्ठता सूची के अनुसार 42 श्रम निरीक्षक विचार क्षेत्र में आते हैं। बैठक दिनांक 25.11.2026 प्रस्तावित है।',
    ],
  });
  returnFile(f12, t('11-05', 12, 0), 'चर्चा करें', {
    note: ['विचार क्षेत्र के अधिकारियों के विरुद्ध लंबित विभागीय जांच एवं गोपनीय प्रतिवेदनों की स्थिति स्पष्ट करें।'],
  });
  open(f12, t('11-06', 11, 0));
}

// ================================================================ F13: cess collection at the Labour Commissioner (most immediate, overdue)
{
  const r13 = diarise(t('11-03', 11, 0), 'cru_lc', 'r_cess_bpl', {
    nature: 'physical',
    priority: 'immediate',
    subject: 'भोपाल संभाग में निजी भवन निर्माताओं से संनिर्माण कर्मकार उपकर के संग्रहण की समीक्षा',
    language: 'hi',
    letterNumber: 'उश्रआ/भो/उपकर/2026/1389',
    letterDate: d('10-30'),
    receivedDate: d('11-02'),
    diarisedDate: d('11-03'),
    deliveryMode: 'speed_post',
    sender: DLC_BPL_SENDER,
  });
  sendReceipt(r13, t('11-03', 11, 30), 'ag2_lc_lw', 'प्रकरण प्रस्तुत करें', { priority: 'immediate' });
  receive(r13, t('11-03', 12, 30));
  const f13 = createFile(t('11-03', 14, 0), 'ag2_lc_lw', 'f_cess_bpl', {
    numbering: sfs('L', '22015', 14),
    nature: 'electronic',
    subject: 'भोपाल संभाग — निजी भवन निर्माताओं से संनिर्माण कर्मकार उपकर का संग्रहण',
    category: 'BOCW cess',
    priority: 'immediate',
  });
  putInFile(r13, f13, t('11-03', 14, 10), 'पत्र नस्ती में रखा गया');
  send(f13, t('11-04', 12, 0), 'dlc_ind', 'कृपया अवलोकन करें', {
    priority: 'immediate',
    note: [
      `उप श्रमायुक्त, भोपाल संभाग के पत्र ${c(1)} के अनुसार संभाग के 312 निजी निर्माण स्थलों में से केवल 118 द्वारा उपकर जमा किया गया है।`,
      'शेष निर्माताओं को उपकर निर्धारण नियमों के अंतर्गत सूचना पत्र जारी किए जाने हेतु प्रस्तुत।',
    ],
  });
  send(f13, t('11-05', 12, 0), 'lc_ind', 'आदेशार्थ प्रस्तुत', {
    priority: 'most_immediate',
    dueDate: d('11-09'),
    note: ['सूचना पत्र जारी करने के साथ ही संभागीय स्तर पर विशेष वसूली अभियान चलाया जाना उचित होगा।'],
  });
  open(f13, t('11-06', 11, 0));
}

// ================================================================ F14: VIP Assembly question, linked to F4
{
  const r14 = diarise(t('11-16', 10, 30), 'cru_lab', 'r_assembly', {
    nature: 'physical',
    priority: 'most_immediate',
    vip: true,
    subject: 'विधानसभा तारांकित प्रश्न क्र. 1142 — मंडीदीप औद्योगिक क्षेत्र में लंबित औद्योगिक विवाद',
    language: 'hi',
    letterNumber: 'विस/प्रश्न/2026/1142',
    letterDate: d('11-13'),
    receivedDate: d('11-16'),
    diarisedDate: d('11-16'),
    deliveryMode: 'by_hand',
    sender: {
      name: 'अवर सचिव, मध्यप्रदेश विधानसभा सचिवालय',
      organisation: 'मध्यप्रदेश विधानसभा सचिवालय',
      address: 'विधानसभा भवन, भोपाल',
      state: 'Madhya Pradesh',
      district: 'Bhopal',
      pincode: '462003',
    },
  });
  sendReceipt(r14, t('11-16', 10, 45), 'so_ir', 'विधानसभा प्रश्न — अति तत्काल', { priority: 'most_immediate' });
  receive(r14, t('11-16', 11, 0));
  const f14 = createFile(t('11-16', 11, 30), 'so_ir', 'f_assembly', {
    numbering: sfs('Q', '11011', 88),
    nature: 'electronic',
    subject: 'विधानसभा तारांकित प्रश्न क्र. 1142 — मंडीदीप औद्योगिक क्षेत्र में लंबित औद्योगिक विवाद',
    category: 'Assembly question',
    priority: 'most_immediate',
  });
  putInFile(r14, f14, t('11-16', 11, 40), 'प्रश्न नस्ती में रखा गया');
  send(f14, t('11-16', 16, 0), 'us_ir', 'उत्तर का प्रारूप अवलोकनार्थ प्रस्तुत', {
    priority: 'most_immediate',
    dueDate: d('11-19'),
    note: [
      `विधानसभा सचिवालय से प्राप्त तारांकित प्रश्न ${c(1)} में मंडीदीप औद्योगिक क्षेत्र में विगत तीन वर्षों में उठे औद्योगिक विवादों एवं उनकी वर्तमान स्थिति की जानकारी चाही गई है।`,
      'संभागीय कार्यालय से प्राप्त जानकारी के आधार पर उत्तर का प्रारूप तैयार किया गया है। कृपया अवलोकन करें।',
    ],
  });
  send(f14, t('11-17', 12, 0), 'ds_lab', 'अनुमोदनार्थ प्रस्तुत', {
    priority: 'most_immediate',
    dueDate: d('11-19'),
  });
  send(f14, t('11-18', 11, 0), 'ps_lab', 'अनुमोदनार्थ प्रस्तुत', {
    priority: 'most_immediate',
    dueDate: d('11-19'),
    note: ['उत्तर का प्रारूप परीक्षित। अनुमोदनार्थ प्रस्तुत।'],
  });
  returnFile(f14, t('11-18', 16, 0), 'उत्तर में जिलेवार आंकड़े सम्मिलित करें', {
    note: ['उत्तर में जिलेवार लंबित विवादों की संख्या एवं श्रम न्यायालय को संदर्भित प्रकरणों का विवरण भी सम्मिलित किया जाए।'],
  });
  send(f14, t('11-19', 11, 0), 'us_ir', 'प्रमुख सचिव महोदय के निर्देशानुसार कार्यवाही करें', {
    priority: 'most_immediate',
  });
  send(f14, t('11-19', 15, 0), 'so_ir', 'कृपया जिलेवार आंकड़े संकलित कर आज ही प्रस्तुत करें', {
    priority: 'most_immediate',
    dueDate: d('11-20'),
  });
  open(f14, t('11-20', 11, 0));
  link(f14, f4, t('11-20', 12, 0), 'संबंधित औद्योगिक विवाद की नस्ती');
}

// ================================================================ receipts that stay receipts

// RTI application sent to SO(ESTT), physical, not yet received.
{
  const r = diarise(t('11-19', 11, 0), 'cru_lab', 'r_rti2', {
    nature: 'physical',
    subject: 'सूचना का अधिकार के अंतर्गत विभाग में लंबित अनुकंपा नियुक्ति प्रकरणों की जानकारी',
    language: 'hi',
    letterDate: d('11-14'),
    receivedDate: d('11-18'),
    diarisedDate: d('11-19'),
    deliveryMode: 'ordinary_post',
    sender: {
      name: 'सुरेश कुमार अहिरवार',
      address: 'मकान नं. 17, शाहपुरा, भोपाल',
      state: 'Madhya Pradesh',
      district: 'Bhopal',
      pincode: '462039',
    },
  });
  sendReceipt(r, t('11-19', 11, 30), 'so_estt', 'सूचना का अधिकार — समय-सीमा में कार्यवाही करें', {
    priority: 'immediate',
    dueDate: d('12-10'),
  });
}

// Shram Sewa Portal complaint routed to Raisen: received there, overdue.
{
  const r = diarise(t('11-09', 11, 30), 'cru_lc', 'r_portal_rsn', {
    nature: 'physical',
    subject: 'श्रम सेवा पोर्टल शिकायत क्र. SSP/2026/118734 — ईंट भट्टा, गौहरगंज में श्रमिकों का वेतन रोका जाना',
    language: 'hi',
    letterNumber: 'SSP/2026/118734',
    letterDate: d('11-05'),
    receivedDate: d('11-06'),
    diarisedDate: d('11-09'),
    deliveryMode: 'online_portal',
    sender: {
      name: 'लखन सिंह',
      address: 'ग्राम गौहरगंज, जिला रायसेन',
      mobile: '8959123456',
      state: 'Madhya Pradesh',
      district: 'Raisen',
      pincode: '464990',
    },
  });
  sendReceipt(r, t('11-09', 12, 0), 'dlc_ind', 'कृपया अवलोकन करें');
  receive(r, t('11-09', 15, 0));
  sendReceipt(r, t('11-10', 11, 0), 'alo_rsn', 'जांच कर सात दिवस में निराकरण करें', {
    priority: 'immediate',
    dueDate: d('11-16'),
  });
  receive(r, t('11-11', 11, 0));
}

// Collector's letter on a child-labour rescue, with US(IR) (copy to SO(IR)).
{
  const r = diarise(t('11-12', 11, 0), 'cru_lab', 'r_child_labour', {
    nature: 'physical',
    priority: 'immediate',
    subject: 'सीहोर जिले के ढाबों से बाल श्रमिकों के मुक्तिकरण एवं पुनर्वास की कार्यवाही',
    language: 'hi',
    letterNumber: 'क्र./श्रम/2026/902',
    letterDate: d('11-09'),
    receivedDate: d('11-11'),
    diarisedDate: d('11-12'),
    deliveryMode: 'speed_post',
    sender: {
      name: 'कलेक्टर, जिला सीहोर',
      organisation: 'कलेक्टर कार्यालय, सीहोर',
      address: 'कलेक्टोरेट, सीहोर',
      state: 'Madhya Pradesh',
      district: 'Sehore',
      pincode: '466001',
    },
  });
  sendReceipt(r, t('11-12', 11, 30), 'us_ir', 'कृपया अवलोकन करें', { priority: 'immediate', copyTo: ['so_ir'] });
  receive(r, t('11-12', 15, 0));
}

// GAD circular on e-Office, closed for record by SO(ESTT).
{
  const r = diarise(t('10-15', 11, 0), 'cru_lab', 'r_gad_circular', {
    nature: 'physical',
    subject: 'शासकीय कार्यालयों में ई-ऑफिस प्रणाली के अनिवार्य उपयोग संबंधी निर्देश',
    language: 'hi',
    letterNumber: 'एफ 11-27/2026/1/9',
    letterDate: d('10-10'),
    receivedDate: d('10-14'),
    diarisedDate: d('10-15'),
    deliveryMode: 'by_hand',
    sender: {
      name: 'सचिव, सामान्य प्रशासन विभाग',
      organisation: 'सामान्य प्रशासन विभाग, मध्यप्रदेश शासन',
      address: 'मंत्रालय, वल्लभ भवन, भोपाल',
      state: 'Madhya Pradesh',
      district: 'Bhopal',
      pincode: '462004',
    },
  });
  sendReceipt(r, t('10-15', 11, 30), 'so_estt', 'सूचनार्थ एवं आवश्यक कार्यवाही हेतु');
  receive(r, t('10-15', 15, 0));
  closeReceipt(r, t('10-16', 12, 0), 'परिपत्र अवलोकित; सर्व संबंधितों को अवगत कराया गया, अभिलेख हेतु');
}

// Boiler accident intimation, just diarised by the Inspector of Boilers.
diarise(t('11-19', 15, 0), 'ib_ihs', 'r_boiler_accident', {
  nature: 'physical',
  priority: 'most_immediate',
  subject: 'मेसर्स शक्ति सोया प्रोसेसर्स, देवास में बॉयलर स्टीम पाइप फटने की दुर्घटना की सूचना',
  language: 'hi',
  letterDate: d('11-18'),
  receivedDate: d('11-19'),
  diarisedDate: d('11-19'),
  deliveryMode: 'by_hand',
  sender: {
    name: 'अधिभोगी, शक्ति सोया प्रोसेसर्स',
    organisation: 'शक्ति सोया प्रोसेसर्स',
    address: 'औद्योगिक क्षेत्र क्र. 2, देवास',
    mobile: '9425098123',
    state: 'Madhya Pradesh',
    district: 'Dewas',
    pincode: '455001',
  },
});

// High Court notice at the Labour Commissioner's office: sent to DLC with a copy to the LC, not yet received.
{
  const r = diarise(t('11-18', 11, 0), 'cru_lc', 'r_hc_notice', {
    nature: 'physical',
    priority: 'most_immediate',
    subject: 'माननीय उच्च न्यायालय, इंदौर खंडपीठ — रिट याचिका क्र. 30518/2026 में सूचना पत्र',
    language: 'en',
    letterNumber: 'WP/30518/2026',
    letterDate: d('11-12'),
    receivedDate: d('11-17'),
    diarisedDate: d('11-18'),
    deliveryMode: 'registered_post',
    sender: {
      name: 'Deputy Registrar, High Court of Madhya Pradesh, Bench at Indore',
      organisation: 'High Court of Madhya Pradesh',
      address: 'Indore',
      state: 'Madhya Pradesh',
      district: 'Indore',
      pincode: '452001',
    },
  });
  sendReceipt(r, t('11-18', 11, 30), 'dlc_ind', 'न्यायालयीन प्रकरण — जवाबदावा तैयार करें', {
    priority: 'most_immediate',
    dueDate: d('11-20'),
    copyTo: ['lc_ind'],
  });
}

// Brick-kiln wages letter: sent to the wrong section, pulled back, re-sent to SO(MW) and received.
{
  const r = diarise(t('11-10', 11, 0), 'cru_lab', 'r_brick_kiln', {
    nature: 'physical',
    subject: 'ईंट भट्टा उद्योग को न्यूनतम वेतन की अनुसूची में पृथक नियोजन के रूप में सम्मिलित करने का प्रस्ताव',
    language: 'hi',
    letterDate: d('11-04'),
    receivedDate: d('11-09'),
    diarisedDate: d('11-10'),
    deliveryMode: 'ordinary_post',
    sender: {
      name: 'अध्यक्ष, मध्यप्रदेश ईंट भट्टा मजदूर यूनियन',
      organisation: 'मध्यप्रदेश ईंट भट्टा मजदूर यूनियन',
      address: 'छोला रोड, भोपाल',
      state: 'Madhya Pradesh',
      district: 'Bhopal',
      pincode: '462010',
    },
  });
  sendReceipt(r, t('11-10', 11, 15), 'so_lw', 'आवश्यक कार्यवाही हेतु');
  pullBackReceipt(r, t('11-10', 11, 40), 'त्रुटिवश श्रम कल्याण शाखा को प्रेषित; न्यूनतम वेतन शाखा को भेजा जाना है');
  sendReceipt(r, t('11-10', 12, 0), 'so_mw', 'आवश्यक कार्यवाही हेतु', { dueDate: d('11-17') });
  receive(r, t('11-10', 15, 0));
}

// ---------------------------------------------------------------- the steps, in time order

export const steps: SeedStep[] = built
  .map((step, index) => ({ step, index }))
  .sort((a, b) => (a.step.at < b.step.at ? -1 : a.step.at > b.step.at ? 1 : a.index - b.index))
  .map(({ step }) => step);
