export { requestMeta, type Actor, type AppDeps, type AppEnv, type AppVariables, type RequestMeta } from './context';
export { errorBodySchema, onError, renderError, validationError } from './error-handler';
export { accessLog, jsonBody as parseJsonBody, requestContext, securityHeaders } from './middleware';
export { RateLimiter } from './rate-limit';
export { createRouter, defineRoute, jsonBody, jsonContent, pageQuery } from './route';
