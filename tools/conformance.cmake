# The conformance suite: one CTest test per testdata/**/*.go file.
#
#   conformance/<name>             gorun runs the file (directive on line 1)
#   conformance/<name>/GOMAXPROCS=1, =2, =8
#                                  the same `// run` program on 1, 2, 8 Ps
#   conformance/<name>/GORUN_STRESS_STACKMOVE=1
#                                  every `// run` program, moving stacks at
#                                  every prologue check
#   conformance/<name>/GORUN_STRESS_GC=1,GOMAXPROCS=1 (and =2)
#                                  every `// run` program, collecting
#                                  continually
#   conformance/<name>/-O          every `// run` program compiled with
#                                  LLVM's optimisations (gorun -O), but
#                                  those with a `// fast tier only` line
#                                  before the package clause: tests of what
#                                  the unoptimised code keeps on the stack
#   go/<name>                      the golden file agrees with the Go
#                                  toolchain (only when `go` is installed);
#                                  for an errorcheck file, `go build`
#                                  rejects it on the marked lines
#   conformance-selftest           the runner against a fake gorun
#
# The runner is tools/conformance.cpp; see its header for the directives.
# Included from the top CMakeLists.txt after the gorun target is defined.

add_executable(gorun_conformance tools/conformance.cpp)
target_compile_options(gorun_conformance PRIVATE ${GORUN_WARNINGS})

# The runner's own test: a fake gorun replays canned output, so this runs
# even before gorun exists.
add_test(NAME conformance-selftest
  COMMAND bash ${CMAKE_SOURCE_DIR}/tools/conformance-selftest.sh $<TARGET_FILE:gorun_conformance>)
set_tests_properties(conformance-selftest PROPERTIES LABELS conformance)

set(GORUN_CONFORMANCE_TIMEOUT 30 CACHE STRING
  "Seconds a conformance program may run before it fails")

find_program(GO_EXECUTABLE go)
option(GORUN_GO_CHECK "Check the golden files against the Go toolchain when it is installed" ON)

# Go writes its build cache under $HOME by default; keep it in the build tree
# so that CI (root, no network, clean clone) needs nothing else. GOPATH mode
# (GO111MODULE=off) never looks for a go.mod or a module proxy.
set(GORUN_GO_ENV
  "GOCACHE=${CMAKE_BINARY_DIR}/go-cache"
  "GOPATH=${CMAKE_BINARY_DIR}/go-path"
  "GO111MODULE=off"
  "GOFLAGS="
  "GOENV=off"
  "GOPROXY=off"
  "GOTOOLCHAIN=local"
  "GOTELEMETRY=off")

file(GLOB_RECURSE GORUN_CONFORMANCE_FILES CONFIGURE_DEPENDS
  RELATIVE ${CMAKE_SOURCE_DIR}/testdata ${CMAKE_SOURCE_DIR}/testdata/*.go)
# fixtures/ hold the helpers of tests (`// server F.go`), not tests.
list(FILTER GORUN_CONFORMANCE_FILES EXCLUDE REGEX "(^|/)fixtures/")
list(SORT GORUN_CONFORMANCE_FILES)

foreach(rel ${GORUN_CONFORMANCE_FILES})
  set(src ${CMAKE_SOURCE_DIR}/testdata/${rel})
  string(REGEX REPLACE "\\.go$" "" name ${rel})
  # The runner reads the directive itself at test time; here it only decides
  # which variants to register (a variant that no longer applies skips).
  file(STRINGS ${src} head LIMIT_COUNT 12)
  list(GET head 0 first_line)
  set(is_run OFF)
  if(first_line MATCHES "^// run")
    set(is_run ON)
  endif()
  set(fast_only OFF)
  if("// fast tier only" IN_LIST head)
    set(fast_only ON)
  endif()

  if(TARGET gorun)
    add_test(NAME conformance/${name}
      COMMAND gorun_conformance --gorun $<TARGET_FILE:gorun>
              --timeout ${GORUN_CONFORMANCE_TIMEOUT} ${src})
    set_tests_properties(conformance/${name} PROPERTIES
      SKIP_RETURN_CODE 77 LABELS conformance)
    if(is_run)
      add_test(NAME conformance/${name}/GOMAXPROCS=1
        COMMAND gorun_conformance --gorun $<TARGET_FILE:gorun>
                --timeout ${GORUN_CONFORMANCE_TIMEOUT} ${src})
      set_tests_properties(conformance/${name}/GOMAXPROCS=1 PROPERTIES
        SKIP_RETURN_CODE 77 LABELS "conformance;gomaxprocs1"
        ENVIRONMENT "GOMAXPROCS=1;CONFORMANCE_RUN_ONLY=1")
      # Optimisation must not change what a program prints (inlining once
      # let a helper's recover() stop a panic).
      if(NOT fast_only)
        add_test(NAME conformance/${name}/-O
          COMMAND gorun_conformance --gorun $<TARGET_FILE:gorun> --gorun-flag -O
                  --timeout ${GORUN_CONFORMANCE_TIMEOUT} ${src})
        set_tests_properties(conformance/${name}/-O PROPERTIES
          SKIP_RETURN_CODE 77 LABELS "conformance;variants"
          ENVIRONMENT "CONFORMANCE_RUN_ONLY=1")
      endif()
    endif()
    # Every program also runs on 2 and 8 Ps, and with the stack-move
    # stress switch (runtime/stack.cpp: every call goes through newstack,
    # so call-heavy programs take up to 20 s: the variant gets 4 times the
    # timeout).
    set(variants)
    if(is_run)
      set(variants "GOMAXPROCS=2" "GOMAXPROCS=8" "GORUN_STRESS_STACKMOVE=1")
    endif()
    # Every program also runs with a collection starting at every
    # allocation the collector is idle for (runtime/mgc.cpp), on 1 and 2
    # Ps: a missed root or a race with the concurrent mark shows there.
    if(is_run)
      list(APPEND variants "GORUN_STRESS_GC=1,GOMAXPROCS=1" "GORUN_STRESS_GC=1,GOMAXPROCS=2")
    endif()
    if(variants)
      foreach(variant ${variants})
        string(REPLACE "," ";" variant_env "${variant}")
        set(timeout ${GORUN_CONFORMANCE_TIMEOUT})
        if(variant MATCHES "STACKMOVE")
          math(EXPR timeout "${timeout} * 4")
        endif()
        add_test(NAME conformance/${name}/${variant}
          COMMAND gorun_conformance --gorun $<TARGET_FILE:gorun>
                  --timeout ${timeout} ${src})
        set_tests_properties(conformance/${name}/${variant} PROPERTIES
          SKIP_RETURN_CODE 77 LABELS "conformance;variants"
          ENVIRONMENT "${variant_env};CONFORMANCE_RUN_ONLY=1")
      endforeach()
    endif()
  endif()

  if(GO_EXECUTABLE AND GORUN_GO_CHECK)
    add_test(NAME go/${name}
      COMMAND gorun_conformance --go ${GO_EXECUTABLE}
              --timeout ${GORUN_CONFORMANCE_TIMEOUT} ${src})
    set_tests_properties(go/${name} PROPERTIES
      SKIP_RETURN_CODE 77 LABELS golden ENVIRONMENT "${GORUN_GO_ENV}")
  endif()
endforeach()

if(NOT TARGET gorun)
  message(STATUS "conformance: no gorun target yet, only the go/ golden checks are registered")
endif()
