// The CLI test suite: builds dist/cli.js once (helpers.ts) and runs every group of cases in this one process.
// Groups live in *.cases.ts files so each stays small; only this file is picked up by the test runner.

import './exitCodes.cases';
import './formats.cases';
import './inputs.cases';
import './config.cases';
import './fix.cases';
import './jobs.cases';
import './parallelCheck.cases';
import './extract.cases';
import './entities.cases';
import './exchange.cases';
