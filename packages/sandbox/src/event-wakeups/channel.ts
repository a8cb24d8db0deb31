/** The PostgreSQL notification channel on which committed events wake every instance's streams. */
export const EVENTS_CHANNEL = 'eoffice_events';
