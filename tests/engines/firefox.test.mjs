// The flows of flows.mjs in Firefox ESR (puppeteer-core over WebDriver BiDi).
import { engineSuite } from './suite.mjs';

engineSuite('firefox');
