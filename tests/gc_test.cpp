// The allocator and collector (runtime/malloc.cpp, mheap.cpp, mgc*.cpp),
// driven directly from the test thread: it has no M, so the collector
// scans no stack here and the roots are exactly the registered ranges.
#include "runtime/abi.h"
#include "runtime/malloc.h"
#include "runtime/mheap.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <vector>

using namespace gorun::runtime;

namespace {

// A one-word type: a pointer, an int, a map (key and elem for maps).
GoType wordType(Kind kind, uint8_t flags = 0, const GoType* key = nullptr,
                const GoType* elem = nullptr) {
  GoType t{};
  t.size = 8;
  t.align = 8;
  t.kind = kind;
  t.flags = flags;
  t.key = key;
  t.elem = elem;
  return t;
}
const GoType ptrType = wordType(Kind::Pointer);
const GoType intType = wordType(Kind::Int, TypeFlagComparable);
const GoType intIntMap = wordType(Kind::Map, 0, &intType, &intType);
const GoType intPtrMap = wordType(Kind::Map, 0, &intType, &ptrType);

// A root the collector scans (conservatively, as a module's globals).
void* rootSlots[4];
bool rootsRegistered = false;
void registerRoots() {
  if (!rootsRegistered) addRootRange(rootSlots, sizeof rootSlots);
  rootsRegistered = true;
}

bool allocated(void* p) { return findObject(reinterpret_cast<uintptr_t>(p)) == reinterpret_cast<uintptr_t>(p); }

}  // namespace

TEST_CASE("size classes round-trip", "[gc]") {
  for (uintptr_t size = 1; size <= MaxSmallSize; size++) {
    int c = sizeToClass(size);
    REQUIRE(c > 0);
    REQUIRE(class_to_size[c] >= size);
    REQUIRE(class_to_size[c - 1] < size);
    REQUIRE(roundupsize(size) == class_to_size[c]);
    // A span of the class holds at least one object and wastes < 1/8.
    uintptr_t spanBytes = class_to_allocnpages[c] * PageSize;
    REQUIRE(spanBytes / class_to_size[c] >= 1);
    REQUIRE(spanBytes % class_to_size[c] <= spanBytes / 8);
  }
}

TEST_CASE("mallocgc returns zeroed, class-sized, distinct memory", "[gc]") {
  std::vector<uint8_t*> ps;
  for (int i = 0; i < 1000; i++) {
    auto* p = static_cast<uint8_t*>(mallocgc(uintptr_t(i % 300 + 1), &byteType));
    for (int k = 0; k < i % 300 + 1; k++) REQUIRE(p[k] == 0);
    std::memset(p, 0xAB, size_t(i % 300 + 1));
    MSpan* s = spanOf(reinterpret_cast<uintptr_t>(p));
    REQUIRE(s != nullptr);
    REQUIRE(s->elemsize == roundupsize(uintptr_t(i % 300 + 1)));
    ps.push_back(p);
  }
  std::sort(ps.begin(), ps.end());
  REQUIRE(std::adjacent_find(ps.begin(), ps.end()) == ps.end());
  REQUIRE(mallocgc(0, &byteType) == static_cast<void*>(zerobase));
}

TEST_CASE("interior pointers find their object", "[gc]") {
  auto* small = static_cast<uint8_t*>(mallocgc(100, &byteType));
  auto base = reinterpret_cast<uintptr_t>(small);
  MSpan* s = nullptr;
  REQUIRE(findObject(base, &s) == base);
  REQUIRE(s != nullptr);
  REQUIRE(findObject(base + 50) == base);
  REQUIRE(findObject(base + 99) == base);
  REQUIRE(findObject(base + s->elemsize) != base);
  auto* large = static_cast<uint8_t*>(mallocgc(200000, &byteType));
  auto lb = reinterpret_cast<uintptr_t>(large);
  REQUIRE(findObject(lb + 199999) == lb);
  REQUIRE(findObject(lb + 123456) == lb);
  REQUIRE(findObject(0x1000) == 0);
  REQUIRE(findObject(reinterpret_cast<uintptr_t>(&s)) == 0);
}

TEST_CASE("a reachable object survives, an unreachable one is freed", "[gc]") {
  registerRoots();
  // root -> a -> b (a holds a pointer, typed), c unreferenced.
  auto** a = static_cast<void**>(mallocgc(8, &ptrType));
  void* b = mallocgc(64, &byteType);
  void* c = mallocgc(64, &byteType);
  void* big = mallocgc(1 << 20, &byteType);
  *a = static_cast<uint8_t*>(b) + 10;  // interior pointer
  rootSlots[0] = a;
  std::memset(b, 7, 64);
  gcStart(true);
  REQUIRE(allocated(a));
  REQUIRE(allocated(b));
  REQUIRE(!allocated(c));
  REQUIRE(!allocated(big));
  REQUIRE(static_cast<uint8_t*>(b)[63] == 7);
  rootSlots[0] = nullptr;
  gcStart(true);
  REQUIRE(!allocated(a));
  REQUIRE(!allocated(b));
}

TEST_CASE("freed spans are reused and reallocated memory is zero", "[gc]") {
  registerRoots();
  rootSlots[0] = rootSlots[1] = nullptr;
  gcStart(true);
  std::vector<uintptr_t> first;
  for (int i = 0; i < 20000; i++) {
    auto* p = static_cast<uint8_t*>(mallocgc(48, &byteType));
    std::memset(p, 0xFF, 48);
    first.push_back(reinterpret_cast<uintptr_t>(p));
  }
  uintptr_t lo = *std::min_element(first.begin(), first.end());
  uintptr_t hi = *std::max_element(first.begin(), first.end());
  first.clear();
  gcStart(true);
  uint64_t sysBefore = heapStats.heapSys;
  int reused = 0;
  for (int i = 0; i < 20000; i++) {
    auto* p = static_cast<uint8_t*>(mallocgc(48, &byteType));
    for (int k = 0; k < 48; k++) REQUIRE(p[k] == 0);
    auto v = reinterpret_cast<uintptr_t>(p);
    reused += v >= lo && v <= hi;
  }
  REQUIRE(reused > 10000);
  REQUIRE(heapStats.heapSys == sysBefore);
}

TEST_CASE("the scavenger returns free pages", "[gc]") {
  registerRoots();
  // Kept alive while allocating (else each collection would recycle them).
  auto** arr = static_cast<void**>(mallocgc(64 * 8, &ptrType));
  rootSlots[2] = arr;
  for (int i = 0; i < 64; i++) arr[i] = mallocgc(1 << 20, &byteType);
  rootSlots[2] = nullptr;
  gcStart(true);
  scavenge(-1);
  INFO("free " << heapStats.heapFree << " inuse " << heapStats.spanInuse << " sys " << heapStats.heapSys);
  REQUIRE(heapStats.heapReleased >= (uint64_t(64) << 20));
  // Released pages come back zeroed.
  auto* p = static_cast<uint8_t*>(mallocgc(1 << 20, &byteType));
  for (int k = 0; k < (1 << 20); k += 4096) REQUIRE(p[k] == 0);
}

TEST_CASE("the scavenger keeps up to twice the recent goals resident", "[gc]") {
  registerRoots();
  // 32 MB live, then 60 MB freed: the goal is about 64 MB.
  auto** live = static_cast<void**>(mallocgc(32 * 8, &ptrType));
  auto** dead = static_cast<void**>(mallocgc(60 * 8, &ptrType));
  rootSlots[2] = live;
  rootSlots[3] = dead;
  for (int i = 0; i < 32; i++) live[i] = mallocgc(1 << 20, &byteType);
  for (int i = 0; i < 60; i++) dead[i] = mallocgc(1 << 20, &byteType);
  rootSlots[3] = nullptr;
  auto retained = [] { return heapStats.spanInuse + heapStats.heapFree - heapStats.heapReleased; };
  gcStart(true);
  uint64_t goal = gcstate.heapGoal.load();
  INFO("goal " << goal << " retained " << retained());
  REQUIRE(goal >= (uint64_t(60) << 20));
  // Under twice the goal, the freed pages stay for the program to reuse
  // (released at once to 10% over the goal, they were faulted in again).
  REQUIRE(retained() >= (uint64_t(90) << 20));
  // The live heap goes too: a few cycles later the small goals bound it.
  rootSlots[2] = nullptr;
  for (int i = 0; i < 4; i++) gcStart(true);
  goal = gcstate.heapGoal.load();
  INFO("goal " << goal << " retained " << retained());
  REQUIRE(goal < (uint64_t(16) << 20));
  REQUIRE(retained() <= 2 * goal);
}

TEST_CASE("a pointer written into a scanned object during concurrent marking", "[gc]") {
  if (!gcstate.concurrent) {
    WARN("the kernel cannot track dirty pages here: the collector stops the world");
    return;
  }
  registerRoots();
  // a is reachable and scanned by the concurrent drain; then the hook,
  // playing a mutator, stores into it the only reference to w, which was
  // held where the collector does not look (as a register would be).
  static void* w;
  w = mallocgc(64, &byteType);
  auto** a = static_cast<void**>(mallocgc(8, &ptrType));
  rootSlots[1] = a;
  gcMarkHook = [] { *static_cast<void**>(rootSlots[1]) = w; };
  gcStart(true);
  gcMarkHook = nullptr;
  REQUIRE(allocated(a));
  REQUIRE(allocated(w));  // found on a's dirty page
  rootSlots[1] = nullptr;
  w = nullptr;
  gcStart(true);
  REQUIRE(!allocated(a));
}

TEST_CASE("objects allocated during the concurrent mark are freed unless reachable", "[gc]") {
  if (!gcstate.concurrent) {
    WARN("the kernel cannot track dirty pages here: the collector stops the world");
    return;
  }
  registerRoots();
  // The hook allocates, as a mutator would, before precleaning's last
  // round: white allocation, so an object nothing references is freed by
  // this very cycle (black allocation kept it until the next), while one
  // stored in a root or in an already scanned object survives.
  static void *dropped, *inRoot, *inHeap;
  auto** a = static_cast<void**>(mallocgc(8, &ptrType));
  rootSlots[2] = a;
  gcMarkHook = [] {
    // Another size class than inRoot's: under -O a root pointing just past
    // an object marks it too (mgcmark.cpp), and the two would be neighbours.
    dropped = mallocgc(48, &byteType);
    inRoot = mallocgc(64, &byteType);
    inHeap = mallocgc(64, &byteType);
    rootSlots[3] = inRoot;
    *static_cast<void**>(rootSlots[2]) = inHeap;
  };
  gcStart(true);
  gcMarkHook = nullptr;
  REQUIRE(!allocated(dropped));
  REQUIRE(allocated(inRoot));
  REQUIRE(allocated(inHeap));
  rootSlots[2] = rootSlots[3] = nullptr;
  gcStart(true);
  REQUIRE(!allocated(inRoot));
  REQUIRE(!allocated(inHeap));
}

TEST_CASE("without dirty tracking the collector marks with the world stopped", "[gc]") {
  registerRoots();
  bool was = gcstate.concurrent;
  gcstate.concurrent = false;
  auto** a = static_cast<void**>(mallocgc(8, &ptrType));
  void* b = mallocgc(48, &byteType);
  *a = b;
  rootSlots[3] = a;
  gcStart(true);
  REQUIRE(allocated(b));
  rootSlots[3] = nullptr;
  gcStart(true);
  REQUIRE(!allocated(b));
  gcstate.concurrent = was;
}

TEST_CASE("map buckets are scanned precisely", "[gc]") {
  registerRoots();
  // An int that equals an object's address does not keep it alive (a
  // bucket's tophash bytes and integers once did); a pointer element does.
  void* byInt = mallocgc(64, &byteType);
  void* byPtr = mallocgc(64, &byteType);
  void* ints = gorun_makemap(&intIntMap, 0);
  void* ptrs = gorun_makemap(&intPtrMap, 0);
  for (int64_t k = 0; k < 100; k++) {  // several buckets, grown twice
    *static_cast<int64_t*>(gorun_mapassign(&intIntMap, ints, &k)) = reinterpret_cast<int64_t>(byInt);
    *static_cast<void**>(gorun_mapassign(&intPtrMap, ptrs, &k)) = k == 42 ? byPtr : nullptr;
  }
  rootSlots[0] = ints;
  rootSlots[1] = ptrs;
  gcStart(true);
  REQUIRE(allocated(ints));
  REQUIRE(allocated(ptrs));
  REQUIRE(!allocated(byInt));
  REQUIRE(allocated(byPtr));
  int64_t k = 42;
  REQUIRE(*static_cast<void**>(gorun_mapaccess1(&intPtrMap, ptrs, &k)) == byPtr);
  REQUIRE(*static_cast<int64_t*>(gorun_mapaccess1(&intIntMap, ints, &k)) == reinterpret_cast<int64_t>(byInt));
  rootSlots[0] = rootSlots[1] = nullptr;
}

TEST_CASE("a pointer-free map's overflow buckets survive collections", "[gc]") {
  registerRoots();
  // map[int]int: pointer-free buckets, never scanned; its overflow buckets
  // are reachable only through the map header's list of them.
  void* m = gorun_makemap(&intIntMap, 0);
  rootSlots[0] = m;
  constexpr int64_t n = 50000;  // some buckets overflow at any table size
  for (int64_t k = 0; k < n; k++) *static_cast<int64_t*>(gorun_mapassign(&intIntMap, m, &k)) = k * 3;
  for (int round = 0; round < 3; round++) {
    gcStart(true);
    // Reuse what the collection freed, with values that would show.
    for (int i = 0; i < 20000; i++) std::memset(mallocgc(400, &byteType), 0x5a, 400);
  }
  int64_t wrong = 0;
  for (int64_t k = 0; k < n; k++)
    if (*static_cast<int64_t*>(gorun_mapaccess1(&intIntMap, m, &k)) != k * 3) wrong++;
  REQUIRE(wrong == 0);
  rootSlots[0] = nullptr;
}

// Last in the file: gcKeepEndPointers cannot be undone.
TEST_CASE("a root at an object's first byte keeps the object before it only under -O", "[gc]") {
  registerRoots();
  // Two neighbours in one span: before, then after.
  auto neighbours = [](void** before, void** after) {
    for (int i = 0; i < 1000; i++) {
      *before = mallocgc(32, &byteType);
      *after = mallocgc(32, &byteType);
      if (static_cast<char*>(*after) == static_cast<char*>(*before) + 32) return;
    }
    FAIL("no two neighbouring objects");
  };
  void *before, *after;
  neighbours(&before, &after);
  rootSlots[0] = after;
  gcStart(true);
  REQUIRE(allocated(after));
  REQUIRE(!allocated(before));  // every live pointer once kept its neighbour

  // Optimised code may hold only `before`'s end pointer, equal to `after`.
  gcKeepEndPointers();
  neighbours(&before, &after);
  rootSlots[0] = after;
  gcStart(true);
  REQUIRE(allocated(after));
  REQUIRE(allocated(before));
  rootSlots[0] = nullptr;
}
