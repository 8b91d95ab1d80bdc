export * from './day';
export * from './scheduler';
