export { authPlugin, type AuthPluginOptions } from './plugin.ts';
export { AuthRepository } from './auth-repository.ts';
export { CSRF_HEADER, SESSION_COOKIE, toViewer, type AuthService } from './request-context.ts';
export * from './types.ts';
