# TestSkipRule: runs the two tests in DIR and checks that ctest reports the normal run of a suite
# that skips as "Skipped" and the CI run as failed (a pass would hide that nothing ran).
execute_process(COMMAND ${CTEST} --test-dir ${DIR} WORKING_DIRECTORY ${DIR} OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT out MATCHES "SkippedNormally[ .]+\\*\\*\\*Skipped")
    message(FATAL_ERROR "a suite that skips in initTestCase is not reported as skipped")
endif()
if(NOT out MATCHES "SkippedInCi[ .]+\\*\\*\\*Failed")
    message(FATAL_ERROR "in CI a suite that skips in initTestCase does not fail")
endif()
