// Slices: make and append's growth (Go's slice.go).
//
// growslice reproduces Go 1.19's capacity rule exactly, because programs
// print cap() after append: double below 256 elements, then grow by
// (newcap + 3*256)/4 until large enough, then round the byte size up to the
// allocator's size class (roundupsize) and give the slack to the capacity.
#include "runtime/abi.h"
#include "runtime/malloc.h"
#include "runtime/runtime2.h"
#include "runtime/sizeclasses.h"

#include <cstring>

using namespace gorun::runtime;

extern "C" void* gorun_makeslice(const GoType* elem, int64_t len, int64_t cap) {
  void* fp = __builtin_frame_address(0);
  uint64_t size = elem->size;
  __uint128_t mem = static_cast<__uint128_t>(size) * static_cast<uint64_t>(cap);
  if (cap < 0 || len < 0 || len > cap || mem > MaxAlloc) {
    // As Go: a len that is itself out of range is reported first, since
    // make([]T, hugeLen) would otherwise blame the implicit cap.
    __uint128_t lenmem = static_cast<__uint128_t>(size) * static_cast<uint64_t>(len);
    if (len < 0 || lenmem > MaxAlloc) panicRuntimeError("makeslice: len out of range", fp);
    panicRuntimeError("makeslice: cap out of range", fp);
  }
  return gorun_mallocgc(static_cast<uint64_t>(mem), elem);
}

extern "C" void gorun_growslice(GoSlice* out, const GoType* elem, const GoSlice* old,
                                int64_t newLen) {
  void* fp = __builtin_frame_address(0);
  const int64_t cap = newLen;  // Go's name: the minimum capacity needed
  if (cap < old->cap) panicRuntimeError("growslice: cap out of range", fp);
  const uint64_t size = elem->size;
  if (size == 0) {
    *out = GoSlice{zerobase, newLen, cap};
    return;
  }
  int64_t newcap = old->cap;
  int64_t doublecap = newcap + newcap;
  if (cap > doublecap) {
    newcap = cap;
  } else {
    constexpr int64_t threshold = 256;
    if (old->cap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < cap) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = cap;
    }
  }
  // Go specialises sizes 1, 8 and powers of two only for speed; the
  // general multiply-then-divide gives the same capacities.
  __uint128_t want = static_cast<__uint128_t>(size) * static_cast<uint64_t>(newcap);
  if (want > MaxAlloc) panicRuntimeError("growslice: cap out of range", fp);
  uint64_t capmem = roundupsize(static_cast<uintptr_t>(want));
  if (capmem > MaxAlloc) panicRuntimeError("growslice: cap out of range", fp);
  newcap = static_cast<int64_t>(capmem / size);
  void* p = gorun_mallocgc(capmem, elem);
  if (old->len > 0) std::memmove(p, old->ptr, static_cast<size_t>(old->len) * size);
  *out = GoSlice{p, newLen, newcap};
}
