export * from '../../core/llm';
export * from './client';
export * from './chat';
export * from './models';
