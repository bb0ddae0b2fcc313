// Panics in the String/Error/GoString methods fmt calls on g0 (defer.cpp's
// callRecovering, fmt_print.cpp's catchPanic). The methods here are C++
// functions with the Go ABI (closure context, receiver word) -> {ptr, len},
// so the panics start in C++ frames the unwinder must cross too; the JIT
// side (deferred calls, recover in the method) is covered by
// testdata/fmt/method_panic*.go. Expected texts are Go 1.19's.
#include "runtime/abi.h"
#include "runtime/defer.h"
#include "runtime/fmt.h"
#include "runtime/iface.h"
#include "runtime/runtime2.h"
#include "runtime/sched.h"
#include "tests/runtime_test_util.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <functional>
#include <string>
#include <vector>

using namespace gorun::runtime;
using gorun::testutil::runChild;

namespace {

GoString gs(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(std::strlen(s))};
}

GoType basicType(uint64_t size, Kind kind, uint8_t flags, const char* str) {
  GoType t{};
  t.size = size;
  t.align = 8;
  t.kind = kind;
  t.flags = flags;
  t.str = gs(str);
  return t;
}

GoType funcString = basicType(8, Kind::Func, TypeFlagDirectIface, "func() string");
GoType tString = basicType(16, Kind::String, TypeFlagComparable, "string");
GoType tSliceInt = basicType(24, Kind::Slice, 0, "[]int");

// The methods. Each receives the interface's data word; for the int-based
// types below it points at the int64.
GoString okString(void*, void* data) {
  return *static_cast<int64_t*>(data) == 1 ? gs("one") : gs("other");
}

GoString boom = gs("boom");
GoString panicString(void*, void*) {
  GoEface v{&tString, &boom};
  gorun_gopanic(&v);
  return {};
}

GoString panicIndex(void*, void*) {
  gorun_panicIndex(5, 3);
  return {};
}

// A runtime error raised by C++ runtime code the method calls (as
// iface.cpp compares interface values for `a == b`).
GoSlice slice1{nullptr, 0, 0};
GoString panicUncomparable(void*, void*) {
  GoEface a{&tSliceInt, &slice1}, b{&tSliceInt, &slice1};
  efaceEqual(&a, &b, __builtin_frame_address(0));
  return {};
}

GoString panicNil(void*, void*) {
  GoEface v{nullptr, nullptr};
  gorun_gopanic(&v);
  return {};
}

GoType tSimple, tOuter, tPtr;

// A method that prints another value through fmt (a nested callback): its
// panic stops at the inner fmt, the outer method returns normally.
std::string nestedBuf;
int64_t innerValue = 7;
GoString nestedString(void*, void*) {
  GoEface inner{&tSimple, &innerValue};
  nestedBuf = "outer(" + gofmt::sprint(&inner, 1) + ")";
  return GoString{reinterpret_cast<const uint8_t*>(nestedBuf.data()),
                  static_cast<int64_t>(nestedBuf.size())};
}

GoType namedInt(const char* name, const GoMethod* methods, int64_t n) {
  GoType t{};
  t.size = 8;
  t.align = 8;
  t.kind = Kind::Int;
  t.flags = TypeFlagNamed | TypeFlagComparable;
  t.str = gs(name);
  t.methods = methods;
  t.nmethods = n;
  return t;
}

GoMethod stringMethod(GoString (*fn)(void*, void*)) {
  return GoMethod{gs("String"), &funcString, reinterpret_cast<void*>(fn)};
}
GoMethod errorMethod(GoString (*fn)(void*, void*)) {
  return GoMethod{gs("Error"), &funcString, reinterpret_cast<void*>(fn)};
}

const GoMethod okMethods[] = {stringMethod(okString)};
const GoMethod boomMethods[] = {stringMethod(panicString)};
const GoMethod indexMethods[] = {errorMethod(panicIndex)};
const GoMethod uncomparableMethods[] = {stringMethod(panicUncomparable)};
const GoMethod nilMethods[] = {stringMethod(panicNil)};
const GoMethod nestedMethods[] = {stringMethod(nestedString)};
const GoMethod ptrMethods[] = {stringMethod(panicString)};

GoType tOK = namedInt("main.OK", okMethods, 1);
GoType tBoom = namedInt("main.Boom", boomMethods, 1);
GoType tIndex = namedInt("main.Index", indexMethods, 1);
GoType tUncomparable = namedInt("main.U", uncomparableMethods, 1);
GoType tNilPanic = namedInt("main.N", nilMethods, 1);

int64_t one = 1;

// Runs gofmt::sprint(args) the way a native does (on g0, reached from a
// goroutine through the stub's switch), in a child running goroutine 1,
// and returns what it printed.
const std::vector<GoEface>* printArgs;
std::string sprintInGoroutine(const std::vector<GoEface>& args) {
  printArgs = &args;
  auto r = runChild([] {
    start(
        [](void*) {
          std::string out;
          gorun_systemstack(
              [](void* o) {
                *static_cast<std::string*>(o) = gofmt::sprint(printArgs->data(), printArgs->size());
              },
              &out);
          writeAll(1, out.data(), out.size());
        },
        {"prog"});
  });
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  return r.out;
}

}  // namespace

TEST_CASE("fmt recovers panics in String and Error methods", "[fmt][panic]") {
  tSimple = namedInt("main.Simple", boomMethods, 1);
  tOuter = namedInt("main.Outer", nestedMethods, 1);
  tPtr = GoType{};
  tPtr.size = 8;
  tPtr.align = 8;
  tPtr.kind = Kind::Pointer;
  tPtr.flags = TypeFlagNamed | TypeFlagDirectIface | TypeFlagComparable;
  tPtr.str = gs("*main.T");
  tPtr.methods = ptrMethods;
  tPtr.nmethods = 1;

  // panic(v) in the method.
  CHECK(sprintInGoroutine({{&tBoom, &one}}) == "%!v(PANIC=String method: boom)");
  // A runtime error raised by the panic entry the JIT would call.
  CHECK(sprintInGoroutine({{&tIndex, &one}}) ==
        "%!v(PANIC=Error method: runtime error: index out of range [5] with length 3)");
  // A runtime error raised by runtime code the method called.
  CHECK(sprintInGoroutine({{&tUncomparable, &one}}) ==
        "%!v(PANIC=String method: runtime error: comparing uncomparable type []int)");
  // panic(nil): recover() returns nil, so fmt prints nothing for it (the
  // space is Sprint's, between two non-string operands).
  CHECK(sprintInGoroutine({{&tNilPanic, &one}, {&tOK, &one}}) == " one");
  // A nil pointer receiver whose method panics.
  CHECK(sprintInGoroutine({{&tPtr, nullptr}}) == "<nil>");
  // Printing goes on after a recovered panic, with the other operands.
  CHECK(sprintInGoroutine({{&tOK, &one}, {&tBoom, &one}, {&tOK, &one}}) ==
        "one %!v(PANIC=String method: boom) one");
  // A nested fmt call in a method recovers its own operand's panic.
  CHECK(sprintInGoroutine({{&tOuter, &one}}) == "outer(%!v(PANIC=String method: boom))");
}

TEST_CASE("callRecovering off g0 is a plain call", "[fmt][panic]") {
  // The unit tests' host thread has no M: nothing to recover on, the
  // function just runs.
  int calls = 0;
  GoEface v{};
  CHECK(callRecovering([](void* p) { ++*static_cast<int*>(p); }, &calls, &v));
  CHECK(calls == 1);
}
