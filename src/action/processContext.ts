/**
 * The Action's context on a real runner: this process's environment, folder and clock, and
 * @actions/core for the workflow commands and files. Built when index.ts calls run(), never at load.
 */
import * as core from '@actions/core';
import type { ActionContext } from './actionContext.js';

/** The context of a step on a GitHub runner (octokit's own retry and rate-limit waits). */
export function actionContextFromProcess(): ActionContext {
  return {
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    runner: {
      info: core.info,
      warning: core.warning,
      debug: core.debug,
      setSecret: core.setSecret,
      setOutput: core.setOutput,
      setFailed: core.setFailed,
      async writeSummary(markdown) {
        // core.summary throws without the file; off a runner (a local try-out) the summary is skipped.
        if (!process.env.GITHUB_STEP_SUMMARY) {
          core.info('GITHUB_STEP_SUMMARY is not set (not on a GitHub runner?): no job summary written');
          return;
        }
        await core.summary.addRaw(markdown, true).write();
      },
    },
  };
}
