# TestSkipRule: runs the tests in DIR and checks that ctest reports the normal run of a suite
# that skips, and of a command that exits 77 (cannot run here), as "Skipped" and the CI runs as
# failed (a pass, or a skip, would hide that nothing ran).
execute_process(COMMAND ${CTEST} --test-dir ${DIR} WORKING_DIRECTORY ${DIR} OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT out MATCHES "SkippedNormally[ .]+\\*\\*\\*Skipped")
    message(FATAL_ERROR "a suite that skips in initTestCase is not reported as skipped")
endif()
if(NOT out MATCHES "SkippedInCi[ .]+\\*\\*\\*Failed")
    message(FATAL_ERROR "in CI a suite that skips in initTestCase does not fail")
endif()
if(NOT out MATCHES "Exits77Normally[ .]+\\*\\*\\*Skipped")
    message(FATAL_ERROR "a test that exits 77 is not reported as skipped")
endif()
if(NOT out MATCHES "Exits77InCi[ .]+\\*\\*\\*Failed")
    message(FATAL_ERROR "in CI a test that exits 77 does not fail")
endif()
