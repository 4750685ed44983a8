/** Following by e-mail without an account: the app mounted at /foelg (routes.tsx). */
export { subscriptionRoutes as subscriptionApp } from './routes.js';
