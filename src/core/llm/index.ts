export * from './host';
export * from './errors';
export * from './client';
export * from './tokens';
export * from './chat';
export * from './models';
