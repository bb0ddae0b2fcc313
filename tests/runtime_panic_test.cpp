// Panic and throw messages, byte for byte as Go 1.19 prints them, and the
// exit status 2.
#include "runtime/abi.h"
#include "runtime/runtime2.h"
#include "tests/runtime_test_util.h"

#include <catch2/catch.hpp>

#include <cstring>

using namespace gorun::runtime;
using gorun::testutil::runChild;

namespace {

// The body runs as goroutine 1 (panics run deferred calls, so they need a
// goroutine). A capture-free entry reaches it through this pointer, which
// the forked child inherits.
const std::function<void()>* mainBody;

// The first line of the child's stderr, and a check that a blank line and
// the goroutine header follow it.
std::string panicLine(const std::function<void()>& body, int* status = nullptr) {
  mainBody = &body;
  auto r = runChild([] { start([](void*) { (*mainBody)(); }, {"prog"}); });
  if (status) *status = r.status;
  auto nl = r.err.find('\n');
  std::string first = r.err.substr(0, nl);
  CHECK(r.err.find("\n\ngoroutine 1 [running]:\n") != std::string::npos);
  return first;
}

GoString gs(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(std::strlen(s))};
}

}  // namespace

TEST_CASE("panic: bounds errors", "[panic]") {
  int status = 0;
  CHECK(panicLine([] { gorun_panicIndex(5, 3); }, &status) ==
        "panic: runtime error: index out of range [5] with length 3");
  CHECK(status == 2);
  CHECK(panicLine([] { gorun_panicIndex(-1, 3); }) ==
        "panic: runtime error: index out of range [-1]");
  CHECK(panicLine([] { gorun_panicSliceAlen(4, 3); }) ==
        "panic: runtime error: slice bounds out of range [:4] with length 3");
  CHECK(panicLine([] { gorun_panicSliceAcap(9, 8); }) ==
        "panic: runtime error: slice bounds out of range [:9] with capacity 8");
  CHECK(panicLine([] { gorun_panicSliceB(3, 2); }) ==
        "panic: runtime error: slice bounds out of range [3:2]");
  CHECK(panicLine([] { gorun_panicSliceB(-1, 2); }) ==
        "panic: runtime error: slice bounds out of range [-1:]");
  CHECK(panicLine([] { gorun_panicSlice3Alen(4, 3); }) ==
        "panic: runtime error: slice bounds out of range [::4] with length 3");
  CHECK(panicLine([] { gorun_panicSlice3Acap(4, 3); }) ==
        "panic: runtime error: slice bounds out of range [::4] with capacity 3");
  CHECK(panicLine([] { gorun_panicSlice3B(3, 2); }) ==
        "panic: runtime error: slice bounds out of range [:3:2]");
  CHECK(panicLine([] { gorun_panicSlice3C(3, 2); }) ==
        "panic: runtime error: slice bounds out of range [3:2:]");
}

TEST_CASE("panic: other runtime errors", "[panic]") {
  CHECK(panicLine([] { gorun_panicdivide(); }) == "panic: runtime error: integer divide by zero");
  CHECK(panicLine([] { gorun_panicshift(); }) == "panic: runtime error: negative shift amount");
  auto r = runChild([] { gorun_panicmem(); });
  CHECK(r.status == 2);
  CHECK(r.err.rfind(
            "panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n"
            "goroutine 1 [running]:\n",
            0) == 0);
  static GoType elem{};
  elem.size = 8;
  CHECK(panicLine([] { gorun_makeslice(&elem, -1, 10); }) ==
        "panic: runtime error: makeslice: len out of range");
  CHECK(panicLine([] { gorun_makeslice(&elem, 5, 3); }) ==
        "panic: runtime error: makeslice: cap out of range");
  CHECK(panicLine([] { gorun_makeslice(&elem, 1, int64_t(1) << 62); }) ==
        "panic: runtime error: makeslice: cap out of range");
}

TEST_CASE("panic: printpanicval", "[panic]") {
  static GoType tString{}, tInt{}, tMyString{}, tMyFloat{}, tPoint{}, tFloat{}, tBool{};
  auto init = [](GoType& t, Kind k, uint64_t size, const char* name, uint8_t flags) {
    t.size = size;
    t.kind = k;
    t.flags = flags;
    t.str = gs(name);
  };
  init(tString, Kind::String, 16, "string", 0);
  init(tInt, Kind::Int, 8, "int", 0);
  init(tFloat, Kind::Float64, 8, "float64", 0);
  init(tBool, Kind::Bool, 1, "bool", 0);
  init(tMyString, Kind::String, 16, "main.S", TypeFlagNamed);
  init(tMyFloat, Kind::Float64, 8, "main.F", TypeFlagNamed);
  init(tPoint, Kind::Struct, 16, "main.T", TypeFlagNamed);
  static GoString boom = gs("boom");
  static int64_t fortyTwo = 42;
  static double onePointFive = 1.5;
  static uint8_t yes = 1;
  static int64_t pt[2] = {1, 2};
  CHECK(panicLine([] {
          GoEface e{&tString, &boom};
          gorun_gopanic(&e);
        }) == "panic: boom");
  CHECK(panicLine([] {
          GoEface e{&tInt, &fortyTwo};
          gorun_gopanic(&e);
        }) == "panic: 42");
  CHECK(panicLine([] {
          GoEface e{&tFloat, &onePointFive};
          gorun_gopanic(&e);
        }) == "panic: +1.500000e+000");
  CHECK(panicLine([] {
          GoEface e{&tBool, &yes};
          gorun_gopanic(&e);
        }) == "panic: true");
  CHECK(panicLine([] {
          GoEface e{&tMyString, &boom};
          gorun_gopanic(&e);
        }) == "panic: main.S(\"boom\")");
  CHECK(panicLine([] {
          GoEface e{&tMyFloat, &onePointFive};
          gorun_gopanic(&e);
        }) == "panic: main.F(+1.500000e+000)");
  CHECK(panicLine([] {
          GoEface e{nullptr, nullptr};
          gorun_gopanic(&e);
        }) == "panic: nil");
  char expect[64];
  std::snprintf(expect, sizeof expect, "panic: (main.T) %p", static_cast<void*>(pt));
  CHECK(panicLine([] {
          GoEface e{&tPoint, pt};
          gorun_gopanic(&e);
        }) == expect);
}

TEST_CASE("print: the builtin's formats", "[print]") {
  auto r = runChild([] {
    gorun_printfloat(1.5);
    gorun_printsp();
    gorun_printfloat(-0.0);
    gorun_printsp();
    gorun_printfloat(1e300 * 1e300);
    gorun_printsp();
    gorun_printfloat(0.0 / 0.0);
    gorun_printsp();
    gorun_printfloat(123456789.0);
    gorun_printsp();
    gorun_printint(-9223372036854775807 - 1);
    gorun_printsp();
    gorun_printuint(18446744073709551615u);
    gorun_printsp();
    gorun_printbool(true);
    gorun_printsp();
    gorun_printcomplex(1, -2);
    gorun_printsp();
    gorun_printpointer(reinterpret_cast<void*>(0xc000012345));
    gorun_printsp();
    gorun_printpointer(nullptr);
    gorun_printsp();
    GoSlice s{reinterpret_cast<void*>(0xc000010000), 3, 4};
    gorun_printslice(&s);
    gorun_printnl();
  });
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  // Verified with Go 1.19's println.
  CHECK(r.err ==
        "+1.500000e+000 -0.000000e+000 +Inf NaN +1.234568e+008 -9223372036854775808 "
        "18446744073709551615 true (+1.000000e+000-2.000000e+000i) 0xc000012345 0x0 "
        "[3/4]0xc000010000\n");
}
