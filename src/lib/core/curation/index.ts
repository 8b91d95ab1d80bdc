export * from './schema';
export * from './curation';
export * from './form';
