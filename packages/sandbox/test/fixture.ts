// A small department for tests, independent of the demo seed in src/seed/data.ts.
import type { SeedData } from '../src/seed/types.js';

export const PASSWORD = 'sandbox-pass-123';

export const fixture: SeedData = {
  units: [
    {
      key: 'lab',
      kind: 'department',
      parentKey: null,
      code: 'LAB',
      name: { en: 'Labour Department', hi: 'श्रम विभाग' },
    },
    {
      key: 'lc',
      kind: 'organisation',
      parentKey: 'lab',
      code: 'LC',
      name: { en: 'Labour Commissioner', hi: 'श्रम आयुक्त' },
    },
    {
      key: 'estt',
      kind: 'section',
      parentKey: 'lc',
      code: 'Estt.',
      name: { en: 'Establishment Section', hi: 'स्थापना अनुभाग' },
    },
    {
      key: 'admn',
      kind: 'section',
      parentKey: 'lc',
      code: 'Admn.',
      name: { en: 'Administration Section', hi: 'प्रशासन अनुभाग' },
    },
    {
      key: 'cr',
      kind: 'section',
      parentKey: 'lc',
      code: 'CR',
      name: { en: 'Central Registry', hi: 'केंद्रीय रजिस्ट्री' },
    },
  ],
  posts: [
    {
      key: 'so-estt',
      unitKey: 'estt',
      designation: { en: 'Section Officer', hi: 'अनुभाग अधिकारी' },
      marking: 'SO(ESTT)-LAB',
    },
    {
      key: 'us-estt',
      unitKey: 'estt',
      designation: { en: 'Under Secretary', hi: 'अवर सचिव' },
      marking: 'US(ESTT)-LAB',
    },
    {
      key: 'ds-estt',
      unitKey: 'estt',
      designation: { en: 'Deputy Secretary', hi: 'उप सचिव' },
      marking: 'DS(ESTT)-LAB',
    },
    {
      key: 'so-admn',
      unitKey: 'admn',
      designation: { en: 'Section Officer', hi: 'अनुभाग अधिकारी' },
      marking: 'SO(ADMN)-LAB',
      roles: ['admin'],
    },
    {
      key: 'cru',
      unitKey: 'cr',
      designation: { en: 'Diary Clerk', hi: 'डायरी लिपिक' },
      marking: 'DC(CR)-LAB',
      roles: ['cru'],
    },
    {
      key: 'vacant',
      unitKey: 'estt',
      designation: { en: 'Assistant', hi: 'सहायक' },
      marking: 'ASST(ESTT)-LAB',
    },
  ],
  users: [
    {
      key: 'sunita',
      username: 'sunita.verma',
      password: PASSWORD,
      name: { en: 'Sunita Verma', hi: 'सुनीता वर्मा' },
      email: 'sunita@labour.example.gov.in',
      postKeys: ['so-estt'],
    },
    {
      key: 'rajesh',
      username: 'rajesh.kumar',
      password: PASSWORD,
      name: { en: 'Rajesh Kumar', hi: 'राजेश कुमार' },
      email: 'rajesh@labour.example.gov.in',
      postKeys: ['us-estt'],
    },
    {
      key: 'anita',
      username: 'anita.desai',
      password: PASSWORD,
      name: { en: 'Anita Desai', hi: 'अनीता देसाई' },
      email: 'anita@labour.example.gov.in',
      postKeys: ['ds-estt'],
    },
    {
      key: 'meera',
      username: 'meera.joshi',
      password: PASSWORD,
      name: { en: 'Meera Joshi', hi: 'मीरा जोशी' },
      email: 'meera@labour.example.gov.in',
      postKeys: ['so-admn'],
    },
    {
      key: 'ramesh',
      username: 'ramesh.cru',
      password: PASSWORD,
      name: { en: 'Ramesh Patil', hi: 'रमेश पाटिल' },
      email: 'ramesh@labour.example.gov.in',
      postKeys: ['cru'],
    },
  ],
  serviceClients: [
    {
      key: 'portal',
      clientId: 'cli_labportal1',
      clientSecret: 'portal-secret-0123456789abcdef',
      name: 'Labour portal',
      scopes: ['files:read', 'reports:read', 'directory:read'],
    },
  ],
  steps: [],
};
