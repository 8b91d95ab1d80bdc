export * from './curation';
export * from './form';
