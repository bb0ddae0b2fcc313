// Allocation limits and entry points shared by malloc.cpp, slice.cpp and
// the rest of the runtime.
#pragma once

#include "runtime/type.h"

#include <cstdint>

namespace gorun::runtime {

// The largest allocation Go allows on linux/amd64 (1 << heapAddrBits).
inline constexpr uint64_t MaxAlloc = uint64_t(1) << 48;

extern uint64_t zerobase[2];

// Zeroed memory for `size` bytes of values of type typ from the collected
// heap (malloc.cpp). typ: the element type (size may be a multiple of it);
// &byteType for pointer-free bytes; null for memory whose layout is not
// described, scanned conservatively. May collect (stop the world).
void* mallocgc(uintptr_t size, const GoType* typ);

// A descriptor for pointer-free memory (uint8).
extern const GoType byteType;

}  // namespace gorun::runtime
