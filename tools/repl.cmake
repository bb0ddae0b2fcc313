# REPL tests (tools/repl.cpp):
#   repl/<name>   testdata/repl/<name>.in piped into gorun; the transcript
#                 (stdout and stderr merged) must equal <name>.out
#                 (tools/repl_test.sh normalises tracebacks and timings)
#   repl/pty      a session on a pseudo-terminal: line editing, history,
#                 tab completion, Ctrl-C (tools/repl_pty_test.cpp)
if(TARGET gorun)
  file(GLOB GORUN_REPL_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/testdata/repl/*.in)
  foreach(in ${GORUN_REPL_TESTS})
    get_filename_component(name ${in} NAME_WE)
    add_test(NAME repl/${name}
      COMMAND sh ${CMAKE_SOURCE_DIR}/tools/repl_test.sh $<TARGET_FILE:gorun>
              ${CMAKE_SOURCE_DIR}/testdata/repl ${name})
    set_tests_properties(repl/${name} PROPERTIES LABELS repl TIMEOUT 120)
  endforeach()
  add_executable(repl_pty_test tools/repl_pty_test.cpp)
  target_link_libraries(repl_pty_test PRIVATE util)
  add_test(NAME repl/pty COMMAND repl_pty_test $<TARGET_FILE:gorun>)
  set_tests_properties(repl/pty PROPERTIES LABELS repl TIMEOUT 120)
endif()
