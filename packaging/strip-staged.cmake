# CPack pre-build script: strips the staged program the way dh_strip does (also the .comment
# and .note sections, which lintian reports), so only the package's copy is touched.
file(GLOB_RECURSE staged_programs "${CPACK_TEMPORARY_DIRECTORY}/*/bin/portpilot" "${CPACK_TEMPORARY_DIRECTORY}/bin/portpilot")
if(NOT staged_programs)
    message(FATAL_ERROR "strip-staged.cmake: no bin/portpilot under ${CPACK_TEMPORARY_DIRECTORY}")
endif()
foreach(program IN LISTS staged_programs)
    execute_process(COMMAND "${CPACK_PORTPILOT_STRIP}" --remove-section=.comment --remove-section=.note --strip-unneeded "${program}"
        COMMAND_ERROR_IS_FATAL ANY)
endforeach()
