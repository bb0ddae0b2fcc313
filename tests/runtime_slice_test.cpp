// append's capacities, checked against Go 1.19 (cap() after each append).
#include "runtime/abi.h"
#include "runtime/sizeclasses.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace gorun::runtime;

namespace {

// The distinct capacities seen appending one element at a time, n times.
std::vector<int64_t> growth(uint64_t elemSize, int n) {
  GoType elem{};
  elem.size = elemSize;
  GoSlice s{nullptr, 0, 0};
  std::vector<int64_t> caps;
  for (int i = 0; i < n; i++) {
    if (s.len == s.cap) {
      GoSlice grown;
      gorun_growslice(&grown, &elem, &s, s.len + 1);
      REQUIRE(grown.len == s.len + 1);
      s = grown;
      caps.push_back(s.cap);
    } else {
      s.len++;
    }
  }
  return caps;
}

}  // namespace

TEST_CASE("growslice: Go 1.19's capacities", "[slice]") {
  CHECK(growth(8, 3000) ==
        std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408});
  CHECK(growth(1, 3000) ==
        std::vector<int64_t>{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072});
  CHECK(growth(24, 1000) ==
        std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365});
  CHECK(growth(5, 1000) ==
        std::vector<int64_t>{1, 3, 6, 12, 25, 51, 102, 204, 409, 819, 1228});
}

TEST_CASE("growslice: appending several at once, copying the old elements", "[slice]") {
  GoType elem{};
  elem.size = 8;
  int64_t data[3] = {1, 2, 3};
  GoSlice old{data, 3, 3};
  GoSlice out;
  gorun_growslice(&out, &elem, &old, 8);  // append([]int{1,2,3}, 4..8)
  CHECK(out.len == 8);
  CHECK(out.cap == 8);
  auto* p = static_cast<int64_t*>(out.ptr);
  CHECK((p[0] == 1 && p[1] == 2 && p[2] == 3));
  GoType zero{};
  GoSlice z{nullptr, 0, 0};
  gorun_growslice(&out, &zero, &z, 5);  // zero-sized elements: no memory
  CHECK((out.ptr != nullptr && out.len == 5 && out.cap == 5));
}

TEST_CASE("makeslice and mallocgc", "[slice]") {
  GoType elem{};
  elem.size = 8;
  auto* p = static_cast<int64_t*>(gorun_makeslice(&elem, 3, 10));
  for (int i = 0; i < 10; i++) CHECK(p[i] == 0);
  CHECK(gorun_mallocgc(0, nullptr) != nullptr);
  CHECK(roundupsize(5) == 8);
  CHECK(roundupsize(33000) == 40960);
}
