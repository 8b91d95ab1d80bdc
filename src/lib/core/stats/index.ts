export * from './aggregate';
export * from './days';
