// Every teaching check with the stable ids it reports: an id is the diagnostic's `rule`, and what
// lessons and the editor refer to. Never rename an id; add a new one.
import { FINAL_IMAGE_SHIPS_COMPILER, finalImageShipsCompiler } from "./finalImageShipsCompiler";
import { PIP_USER_SITE_NOT_COPIED, PYTHON_DEPS_NOT_COPIED, pythonDepsNotCopied } from "./pythonDepsNotCopied";
import { CONSOLE_SCRIPTS_NOT_COPIED, consoleScriptsNotCopied } from "./consoleScriptsNotCopied";
import { VENV_MOVED, venvMoved } from "./venvMoved";
import { DYNAMIC_BINARY_WITHOUT_LIBC, dynamicBinaryWithoutLibc } from "./dynamicBinaryWithoutLibc";
import { GLIBC_TOO_OLD, glibcTooOld } from "./glibcTooOld";
import { NATIVE_LIBC_MISMATCH, nativeLibcMismatch } from "./nativeLibcMismatch";
import { PYTHON_VERSION_MISMATCH, pythonVersionMismatch } from "./pythonVersionMismatch";
import { BUILD_CACHE_IN_IMAGE, PIP_CACHE_IN_IMAGE, buildCacheInImage } from "./buildCacheInImage";
import { CHOWN_DUPLICATES_FILES, chownDuplicatesFiles } from "./chownDuplicatesFiles";
import { REMOVED_IN_LATER_LAYER, removedInLaterLayer } from "./removedInLaterLayer";
import { BASE_IMAGE_LATEST, baseImageLatest } from "./baseImageLatest";
import { CMD_REPEATS_ENTRYPOINT, cmdRepeatsEntrypoint } from "./cmdRepeatsEntrypoint";
import { RUNS_AS_ROOT, runsAsRoot } from "./runsAsRoot";
import { SHELL_FORM_WITHOUT_SHELL, shellFormWithoutShell } from "./shellFormWithoutShell";
import { USER_NOT_IN_PASSWD, userNotInPasswd } from "./userNotInPasswd";
import { MISSING_CA_CERTIFICATES, MISSING_ZONEINFO, missingRuntimeData } from "./missingRuntimeData";
import { CACHE_MOUNT_NOT_IN_IMAGE, cacheMountNotInImage } from "./cacheMountNotInImage";
import { STAGE_NEVER_BUILT, TEST_STAGE_NEVER_RUNS, unbuiltStages } from "./unbuiltStages";
import { FILES_OWNED_BY_ROOT, filesOwnedByRoot } from "./filesOwnedByRoot";
import { IMAGE_WOULD_NOT_START, imageWouldNotStart } from "./imageWouldNotStart";
import { GLOBAL_ARG_NOT_REDECLARED, globalArgNotRedeclared } from "./globalArgNotRedeclared";
import { SOURCE_COPIED_BEFORE_INSTALL, sourceCopiedBeforeInstall } from "./sourceCopiedBeforeInstall";
import { SECRET_IN_LAYER, secretInLayer } from "./secretInLayer";
import {
  DEBUG_STAGE_IS_DEFAULT_TARGET,
  TEST_STAGE_IS_DEFAULT_TARGET,
  defaultTargetIsTestStage,
} from "./defaultTargetIsTestStage";
import { ENV_NOT_CARRIED, envNotCarried } from "./envNotCarried";
import { TESTS_COPIED_INTO_IMAGE, testsCopiedIntoImage } from "./testsCopiedIntoImage";
import type { TeachingCheck } from "./types";

export interface TeachingCheckEntry {
  /** The ids this check reports (one check may tell related mistakes apart). */
  ids: readonly string[];
  run: TeachingCheck;
}

export const TEACHING_CHECKS: readonly TeachingCheckEntry[] = [
  { ids: [FINAL_IMAGE_SHIPS_COMPILER], run: finalImageShipsCompiler },
  { ids: [PYTHON_DEPS_NOT_COPIED, PIP_USER_SITE_NOT_COPIED], run: pythonDepsNotCopied },
  { ids: [CONSOLE_SCRIPTS_NOT_COPIED], run: consoleScriptsNotCopied },
  { ids: [VENV_MOVED], run: venvMoved },
  { ids: [PYTHON_VERSION_MISMATCH], run: pythonVersionMismatch },
  { ids: [NATIVE_LIBC_MISMATCH], run: nativeLibcMismatch },
  { ids: [DYNAMIC_BINARY_WITHOUT_LIBC], run: dynamicBinaryWithoutLibc },
  { ids: [GLIBC_TOO_OLD], run: glibcTooOld },
  { ids: [PIP_CACHE_IN_IMAGE, BUILD_CACHE_IN_IMAGE], run: buildCacheInImage },
  { ids: [REMOVED_IN_LATER_LAYER], run: removedInLaterLayer },
  { ids: [CHOWN_DUPLICATES_FILES], run: chownDuplicatesFiles },
  { ids: [SHELL_FORM_WITHOUT_SHELL], run: shellFormWithoutShell },
  { ids: [CMD_REPEATS_ENTRYPOINT], run: cmdRepeatsEntrypoint },
  { ids: [USER_NOT_IN_PASSWD], run: userNotInPasswd },
  { ids: [BASE_IMAGE_LATEST], run: baseImageLatest },
  { ids: [RUNS_AS_ROOT], run: runsAsRoot },
  { ids: [FILES_OWNED_BY_ROOT], run: filesOwnedByRoot },
  { ids: [MISSING_CA_CERTIFICATES, MISSING_ZONEINFO], run: missingRuntimeData },
  { ids: [CACHE_MOUNT_NOT_IN_IMAGE], run: cacheMountNotInImage },
  { ids: [STAGE_NEVER_BUILT, TEST_STAGE_NEVER_RUNS], run: unbuiltStages },
  { ids: [TEST_STAGE_IS_DEFAULT_TARGET, DEBUG_STAGE_IS_DEFAULT_TARGET], run: defaultTargetIsTestStage },
  { ids: [GLOBAL_ARG_NOT_REDECLARED], run: globalArgNotRedeclared },
  { ids: [SOURCE_COPIED_BEFORE_INSTALL], run: sourceCopiedBeforeInstall },
  { ids: [SECRET_IN_LAYER], run: secretInLayer },
  { ids: [ENV_NOT_CARRIED], run: envNotCarried },
  { ids: [TESTS_COPIED_INTO_IMAGE], run: testsCopiedIntoImage },
  // Last: it reports the verdict's failures that none of the checks above explained.
  { ids: [IMAGE_WOULD_NOT_START], run: imageWouldNotStart },
];

/** Every id a teaching check can report. */
export const TEACHING_CHECK_IDS: readonly string[] = TEACHING_CHECKS.flatMap((entry) => entry.ids);
