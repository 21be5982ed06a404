export { browserAvailable, launchBrowser, openConsole, SKIP_MESSAGE, VIEWPORTS } from './browser';
export { signIn } from './console';
export { saveScreenshot } from './screenshots';
export { startSportello, type Credentials, type RunningSportello } from './server';
