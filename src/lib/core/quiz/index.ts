export * from './compose';
export * from './progress';
export * from './summary';
