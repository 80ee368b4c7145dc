// The flows of flows.mjs in WebKitGTK (MiniBrowser through WebKitWebDriver, under Xvfb).
import { engineSuite } from './suite.mjs';

engineSuite('webkit');
