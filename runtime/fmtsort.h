// The order fmt prints map entries in (Go's internal/fmtsort).
#pragma once

#include "runtime/map.h"

#include <vector>

namespace gorun::runtime {

// -1, 0, +1 for two values of type t, as fmtsort.compare: numbers
// numerically (NaN first), strings bytewise, false before true, pointers
// and channels by address, structs and arrays field by field, interfaces
// nil first, then by dynamic type, then by value.
int fmtsortCompare(const GoType* t, const void* a, const void* b);
// The entries of map h (of map type mt), sorted by key.
std::vector<MapEntry> fmtsortMap(const GoType* mt, const void* h);

}  // namespace gorun::runtime
