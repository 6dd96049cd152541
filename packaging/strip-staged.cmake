# CPack pre-build script: strips the staged programs the way dh_strip does (also the .comment
# and .note sections, which lintian reports), so only the package's copies are touched.
file(GLOB_RECURSE staged_programs "${CPACK_TEMPORARY_DIRECTORY}/*/bin/portpilot" "${CPACK_TEMPORARY_DIRECTORY}/bin/portpilot")
file(GLOB_RECURSE staged_wizards "${CPACK_TEMPORARY_DIRECTORY}/portpilot-wizard")
file(GLOB_RECURSE staged_plugins "${CPACK_TEMPORARY_DIRECTORY}/portpilot-keychain.so")
if(NOT staged_programs OR NOT staged_wizards OR NOT staged_plugins)
    message(FATAL_ERROR "strip-staged.cmake: no bin/portpilot, libexec/portpilot/portpilot-wizard or the keychain plugin under ${CPACK_TEMPORARY_DIRECTORY}")
endif()
list(APPEND staged_programs ${staged_wizards} ${staged_plugins})
foreach(program IN LISTS staged_programs)
    execute_process(COMMAND "${CPACK_PORTPILOT_STRIP}" --remove-section=.comment --remove-section=.note --strip-unneeded "${program}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
