export * from './host';
export * from './errors';
export * from './tokens';
