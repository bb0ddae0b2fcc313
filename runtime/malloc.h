// Allocation limits shared by malloc.cpp and slice.cpp.
#pragma once

#include <cstdint>

namespace gorun::runtime {

// The largest allocation Go allows on linux/amd64 (1 << heapAddrBits).
inline constexpr uint64_t MaxAlloc = uint64_t(1) << 48;

extern uint64_t zerobase[2];

}  // namespace gorun::runtime
