// The runtime's hash map (map.cpp), for runtime code that walks maps (fmt).
#pragma once

#include "runtime/type.h"

#include <cstdint>
#include <vector>

namespace gorun::runtime {

struct MapEntry {
  const void* key;
  const void* elem;
};

// Every entry of the map h (of map type mt), in bucket order.
std::vector<MapEntry> mapEntries(const GoType* mt, const void* h);
int64_t maplen(const void* h);

// The iterator JIT code keeps in an entry-block alloca (Go's hiter). `key`
// and `elem` are first: the lowering reads them at offsets 0 and 8; key is
// null when the iteration is over. Nothing else in it is the JIT's.
struct MapIter {
  void* key;
  void* elem;
  const GoType* t;
  struct HMap* h;
  void* buckets;        // the bucket array when the iteration started
  void* overflow;       // and its HMap::overflow (kept alive with it)
  void* bptr;           // current bucket (or overflow bucket)
  uint64_t startBucket;
  uint64_t bucket;      // current bucket index
  uint64_t nbuckets;    // of `buckets`
  uint8_t offset;       // random start slot within each bucket
  uint8_t i;            // slots of bptr already visited
  bool wrapped;
  uint8_t pad[5];
};
static_assert(sizeof(MapIter) == 88, "the lowering reserves 88 bytes (jit/maps.cpp)");

}  // namespace gorun::runtime
