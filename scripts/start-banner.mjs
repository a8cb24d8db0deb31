// What `npm start` (scripts/start.mjs) reads from the environment and prints once its servers start,
// kept apart so a test can check the banner names what the servers really use.

/**
 * The sandbox's port, the portal's port and the sandbox's database, from `SANDBOX_PORT`, `PORT` and
 * `SANDBOX_DB` (defaults 4100, 4173 and .data/sandbox.db).
 */
export function startSettings(env = process.env) {
  return {
    apiPort: env.SANDBOX_PORT || '4100',
    portalPort: env.PORT || '4173',
    database: env.SANDBOX_DB || '.data/sandbox.db',
  };
}

/** The banner: the API and portal addresses, the demo logins, where the data is kept, Storybook. */
export function startBanner({ apiPort, portalPort, database }) {
  const apiQuery = apiPort === '4100' ? '' : `?api=http://localhost:${apiPort}/api/v1`;
  const kept =
    database === ':memory:'
      ? 'Data is kept in memory only: it starts afresh each time.'
      : `Data is kept in ${database} (delete it to start afresh).`;
  return `
e-Office sandbox API:  http://localhost:${apiPort}/api/v1
Demo logins (password Demo@1234 for all):
  sunita.verma       Section Officer (Establishment), Labour Department   SO(ESTT)-LAB
  rajesh.tiwari      Under Secretary (Establishment)                       US(ESTT)-LAB
  meenakshi.dubey    Deputy Secretary                                      DS-LAB
  neha.chaturvedi    Under Secretary (IR), additional charge of US (MW)    US(IR)-LAB
  priya.singh        Receipt clerk, Central Registry (CRU)                 RC(CRU)-LAB
  kavita.sharma      System Administrator (service clients, DSC registry)  SA(EO)-LAB
  More in packages/sandbox/README.md. ${kept}
Open the portal at http://localhost:${portalPort}/${apiQuery}
  notesheet (write a note, confirm and send):  http://localhost:${portalPort}/notesheet.html${apiQuery}
  signing (sign a note, see it verified):      http://localhost:${portalPort}/sign.html${apiQuery}
Storybook (every component and its states):  http://localhost:${portalPort}/storybook/
`;
}
