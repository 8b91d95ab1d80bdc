/**
 * The app's IndexedDB database name, in a module of its own so that code which only asks
 * whether the database exists (the library on a first visit) loads neither `idb` nor the schema.
 */
export const DB_NAME = 'lesequiz';
