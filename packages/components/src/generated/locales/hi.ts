
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0083db0d5233bb2f': `अति तत्काल`,
's967b3abf2608649a': `तत्काल`,
's9ff3121d30f88d52': `सामान्य`,
    };
  