export * from './compose';
export * from './summary';
