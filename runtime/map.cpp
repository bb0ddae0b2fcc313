// Go maps (Go's map.go), simplified where Go's choices are not observable.
//
// A map value is a pointer to an HMap; nil is the nil map. The table is
// 2^B buckets, each holding 8 slots: a tophash byte per slot (the hash's top
// byte, never 0; 0 marks an empty slot), 8 keys, 8 elements, and a pointer
// to an overflow bucket. Keys and elements are stored inline (Go moves
// those over 128 bytes out of line; inline is simpler and only costs
// memory). Lookup hashes the key with the type descriptor's rule (alg.h),
// takes the low B bits as the bucket, and compares tophash then key.
//
// Bucket arrays are allocated with a bucket type that the runtime derives
// once per map type (bucketTypeOf: the keys' and elements' pointer words
// and the overflow pointer), as Go's compiler emits maptype.bucket, so the
// collector scans them precisely. Scanned conservatively, as they once
// were, the tophash bytes of half-empty buckets read as heap addresses
// often enough that dead tables kept each other alive: bench/maps held
// 30-40 MB where Go holds 7. When neither keys nor elements hold
// pointers, the bucket type has none either, as in Go: the table is never
// scanned, nor its pages write-protected while the collector marks, and
// its overflow buckets are kept alive by HMap::overflow, a list of them
// (Go's hmap.extra.overflow). For bench/maps' map[int]int, scanning the
// 4.7 MB tables and the faults of writing to them while marking were a
// fifth of its time.
//
// Growth. When an insert would take the load past 6.5 entries per bucket,
// or the overflow buckets outnumber the buckets (after many deletes), a new
// table is built at once (twice as large, or the same size) and every entry
// is moved. Go grows incrementally, moving two buckets per write; what a
// program can observe is the same except for latency, so gorun grows in one
// step. The old table is left to the collector and stays intact, so an
// iteration that started on it keeps walking it (see below).
//
// Iteration (mapiterinit/mapiternext): a random start bucket and a random
// start slot within every bucket, as Go, so that programs cannot depend on
// an order. The iterator walks the table it started with; when the map has
// since moved to a new table, each key found is looked up again in the
// current table and skipped if it was deleted meanwhile, and the current
// element is returned (Go's rule for evacuated buckets). Keys inserted
// during the iteration may or may not be seen, as the spec allows.
//
// Invariants:
//   - count is the number of occupied slots in `buckets` (the current table);
//   - a slot's tophash is 0 iff it is empty; no occupied slot in the chain
//     of a bucket holds a key equal to another's (except NaNs, never equal);
//   - hashWriting is set exactly while an assign, delete or clear runs.
//
// Concurrency: none (Go's maps are not safe for concurrent use); a write
// that finds hashWriting set throws "concurrent map writes", a read
// "concurrent map read and map write", which is the cheap detection Go has.
#include "runtime/map.h"

#include "runtime/abi.h"
#include "runtime/alg.h"
#include "runtime/mheap.h"
#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <atomic>
#include <cstring>
#include <unordered_map>

namespace gorun::runtime {

namespace {

constexpr int kBucketCnt = 8;
constexpr uint8_t kHashWriting = 4;  // Go's hashWriting flag
constexpr uint8_t kMinTopHash = 1;
constexpr size_t kZeroSize = 1024;
alignas(16) const uint8_t zeroVal[kZeroSize] = {};

}  // namespace

struct HMap {
  int64_t count;  // offset 0: the lowering's len(m) reads it directly
  uint8_t flags;
  uint8_t B;
  uint16_t noverflow;
  uint32_t pad;
  uint64_t hash0;  // per-map seed
  uint8_t* buckets;
  const GoType* bucketType;  // bucketTypeOf(the map type)
  // Pointer-free buckets only (the header): the overflow buckets of
  // `buckets`. One list per table, made with its first overflow bucket;
  // an iteration of the table holds it too.
  struct OverflowList* overflow;
};

// buckets[0, n) in use, of cap (a power of two, at least 4).
struct OverflowList {
  uint8_t** buckets;
  uint32_t n, cap;
};

namespace {

// The descriptor of a structure the map code allocates: only what the
// allocator and the collector read (its first ptrdata bytes' pointer
// words, a bit each in mask).
GoType runtimeStruct(uint64_t size, const char* name, uint64_t ptrdata, const uint8_t* mask) {
  GoType t{};
  t.size = size;
  t.align = 8;
  t.kind = Kind::Struct;
  t.flags = TypeFlagGCData;
  t.str = {reinterpret_cast<const uint8_t*>(name), int64_t(std::char_traits<char>::length(name))};
  t.ptrdata = ptrdata;
  t.gcdata = mask;
  return t;
}

// HMap: of its words only `buckets` (word 3) and `overflow` (word 5) point
// into the heap (bucketType is a runtime descriptor, hash0 a random
// number). An OverflowList, and the elements of its array: a pointer
// word first.
const uint8_t hmapMask[] = {1 << 3 | 1 << 5};
const uint8_t firstWordMask[] = {1};
const GoType hmapType = runtimeStruct(sizeof(HMap), "runtime.hmap", 48, hmapMask);
const GoType overflowListType =
    runtimeStruct(sizeof(OverflowList), "runtime.overflowList", 8, firstWordMask);
const GoType bucketPtrType = runtimeStruct(8, "*runtime.bmap", 8, firstWordMask);

// Byte offsets within a bucket, from the map type.
struct Layout {
  const GoType* key;
  const GoType* elem;
  uint64_t keysOff, elemsOff, overflowOff, size;
  explicit Layout(const GoType* mt) : key(mt->key), elem(mt->elem) {
    keysOff = kBucketCnt;
    elemsOff = keysOff + kBucketCnt * key->size;
    uint64_t ea = elem->align ? elem->align : 1;
    elemsOff = (elemsOff + ea - 1) / ea * ea;
    overflowOff = (elemsOff + kBucketCnt * elem->size + 7) / 8 * 8;
    size = overflowOff + 8;
  }
  uint8_t* bucket(uint8_t* buckets, uint64_t i) const { return buckets + i * size; }
  uint8_t* keyAt(uint8_t* b, int i) const { return b + keysOff + i * key->size; }
  uint8_t* elemAt(uint8_t* b, int i) const { return b + elemsOff + i * elem->size; }
  uint8_t*& overflow(uint8_t* b) const { return *reinterpret_cast<uint8_t**>(b + overflowOff); }
};

inline uint8_t tophash(uint64_t hash) {
  uint8_t top = uint8_t(hash >> 56);
  return top < kMinTopHash ? top + kMinTopHash : top;
}

// The descriptor of one bucket of map type mt: a struct of l.size bytes
// whose pointer words are the keys', the elements' and the overflow
// pointer. Made once per map type and kept for the process's life, keyed
// by the descriptor's address: a map type's descriptor is never freed
// once a map of it was made (the JIT removes a REPL input's module only
// when the input is cancelled before it ran, jit.h).
// makemap asks for it each time, so a lock-free table of the types seen
// answers first (the lock was 13% of a loop making small maps).
struct BucketTypeEntry {
  const GoType* mt;
  const GoType* bt;
};
std::atomic<const BucketTypeEntry*> bucketTypeCache[64];

const GoType* bucketTypeOf(const GoType* mt, const Layout& l) {
  auto& slot = bucketTypeCache[(reinterpret_cast<uintptr_t>(mt) >> 4) % 64];
  if (const BucketTypeEntry* e = slot.load(std::memory_order_acquire); e && e->mt == mt) return e->bt;
  static Mutex lk;
  static std::unordered_map<const GoType*, const GoType*>* made;
  lock(&lk);
  if (!made) made = new std::unordered_map<const GoType*, const GoType*>();
  const GoType*& bt = (*made)[mt];
  if (!bt) {
    auto* mask = new uint8_t[(l.size / 8 + 7) / 8]();
    auto setWord = [&](uint64_t w) { mask[w / 8] |= uint8_t(1 << (w % 8)); };
    auto addWords = [&](const GoType* t, uint64_t off) {
      PtrMask m = ptrmaskOf(t);
      for (uintptr_t w = 0; w < m.ptrdata / 8; w++)
        if (m.bits[w / 8] >> (w % 8) & 1) setWord(off / 8 + w);
    };
    for (int i = 0; i < kBucketCnt; i++) {
      addWords(l.key, l.keysOff + i * l.key->size);
      addWords(l.elem, l.elemsOff + i * l.elem->size);
    }
    setWord(l.overflowOff / 8);
    // Pointer-free keys and elements: a pointer-free bucket (the header).
    bool pointers = typeHasPointers(l.key) || typeHasPointers(l.elem);
    bt = new GoType(runtimeStruct(l.size, "map.bucket", pointers ? l.overflowOff + 8 : 0, mask));
  }
  const GoType* r = bt;
  // The first type to take a slot keeps it: a colliding one takes the lock.
  if (!slot.load(std::memory_order_relaxed)) slot.store(new BucketTypeEntry{mt, r}, std::memory_order_release);
  unlock(&lk);
  return r;
}

uint8_t* newBuckets(const Layout& l, const HMap* h, uint8_t B) {
  return static_cast<uint8_t*>(gorun_mallocgc(l.size << B, h->bucketType));
}

uint64_t hashKey(const Layout& l, const HMap* h, const void* key) {
  return typehash(l.key, key, h->hash0);
}

// Whether hashing a key of type t may panic (an unhashable dynamic type in
// an interface): Go's hashMightPanic, which the compiler records in the
// map type. Then a lookup or delete hashes the key even in an empty map.
bool hashMightPanic(const GoType* t) {
  switch (t->kind) {
    case Kind::Interface: return true;
    case Kind::Array: return hashMightPanic(t->elem);
    case Kind::Struct:
      for (int64_t i = 0; i < t->len; i++)
        if (hashMightPanic(t->fields[i].type)) return true;
      return false;
    default: return false;
  }
}

// The slots of bucket b whose tophash may be v, as the high bit of each
// byte: all eight bytes compared at once, by the zero-byte test on
// b ^ v (a branch per slot mispredicted on most lookups; bench/maps ran
// 8% faster without). A borrow can set a false bit above a true one,
// never below: the lowest bit is exact, the others must be checked.
inline uint64_t slotsMaybe(const uint8_t* b, uint8_t v) {
  uint64_t word;
  std::memcpy(&word, b, sizeof word);
  uint64_t x = word ^ (uint64_t(v) * 0x0101010101010101);
  return (x - 0x0101010101010101) & ~x & 0x8080808080808080;
}
inline int lowestSlot(uint64_t slots) { return __builtin_ctzll(slots) / 8; }

// Where `key` is in h's table: its bucket and slot, or a null bucket.
struct Slot {
  uint8_t* b;
  int i;
};
Slot lookup(const Layout& l, const HMap* h, const void* key, uint64_t hash) {
  uint8_t top = tophash(hash);
  uint8_t* b = l.bucket(h->buckets, hash & ((uint64_t(1) << h->B) - 1));
  for (; b; b = l.overflow(b)) {
    for (uint64_t m = slotsMaybe(b, top); m; m &= m - 1) {
      int i = lowestSlot(m);
      if (b[i] == top && typeequal(l.key, l.keyAt(b, i), key)) return {b, i};
    }
  }
  return {nullptr, 0};
}

// The slot holding `key` in h's table, or null. *elem gets its element.
uint8_t* findSlot(const Layout& l, const HMap* h, const void* key, uint64_t hash,
                  uint8_t** elem) {
  Slot s = lookup(l, h, key, hash);
  if (!s.b) return nullptr;
  *elem = l.elemAt(s.b, s.i);
  return l.keyAt(s.b, s.i);
}

// The overflow list of h's table, made on first use: by its first
// overflow bucket, or by an iteration (which must hold the list that the
// table's later overflow buckets join).
OverflowList* overflowList(HMap* h) {
  if (!h->overflow)
    h->overflow = static_cast<OverflowList*>(gorun_mallocgc(sizeof(OverflowList), &overflowListType));
  return h->overflow;
}

// Adds a pointer-free overflow bucket to h->overflow (the header).
void keepOverflow(HMap* h, uint8_t* b) {
  OverflowList* l = overflowList(h);
  if (l->n == l->cap) {
    uint32_t cap = l->cap ? 2 * l->cap : 4;
    auto** grown = static_cast<uint8_t**>(gorun_mallocgc(cap * sizeof(uint8_t*), &bucketPtrType));
    if (l->n) std::memcpy(grown, l->buckets, l->n * sizeof(uint8_t*));
    l->buckets = grown;
    l->cap = cap;
  }
  l->buckets[l->n++] = b;
}

// A new, empty table (growth, clear): the old one's overflow list goes
// with it. Whoever still walks the old table (grow, an iterator) holds
// that list.
void newTable(const Layout& l, HMap* h, uint8_t B) {
  h->buckets = newBuckets(l, h, B);
  h->B = B;
  h->noverflow = 0;
  h->overflow = nullptr;
}

// Puts a key known to be absent into the table (growth, and assign's
// insert); returns its element slot (zeroed).
uint8_t* insertNew(const Layout& l, HMap* h, const void* key, uint64_t hash) {
  uint8_t top = tophash(hash);
  uint8_t* b = l.bucket(h->buckets, hash & ((uint64_t(1) << h->B) - 1));
  for (;;) {
    if (uint64_t empty = slotsMaybe(b, 0)) {
      int i = lowestSlot(empty);
      b[i] = top;
      std::memcpy(l.keyAt(b, i), key, l.key->size);
      return l.elemAt(b, i);
    }
    if (!l.overflow(b)) {
      l.overflow(b) = static_cast<uint8_t*>(gorun_mallocgc(l.size, h->bucketType));
      if (!typeHasPointers(h->bucketType)) keepOverflow(h, l.overflow(b));
      if (h->noverflow < UINT16_MAX) h->noverflow++;
    }
    b = l.overflow(b);
  }
}

bool overLoadFactor(int64_t count, uint8_t B) {
  return count > kBucketCnt && uint64_t(count) > 13 * ((uint64_t(1) << B) / 2);
}

void grow(const Layout& l, HMap* h, uint8_t newB) {
  uint8_t* old = h->buckets;
  OverflowList* oldOverflow = h->overflow;  // keeps the old table's chains alive
  uint64_t n = uint64_t(1) << h->B;
  newTable(l, h, newB);
  for (uint64_t bi = 0; bi < n; bi++) {
    for (uint8_t* b = l.bucket(old, bi); b; b = l.overflow(b)) {
      for (int i = 0; i < kBucketCnt; i++) {
        if (b[i] == 0) continue;
        uint8_t* k = l.keyAt(b, i);
        // NaN keys hash randomly: keep their tophash-free placement random too.
        uint8_t* e = insertNew(l, h, k, hashKey(l, h, k));
        std::memcpy(e, l.elemAt(b, i), l.elem->size);
      }
    }
  }
  // Until here: inserting allocates, and may wait for a collection.
  asm volatile("" : : "r"(oldOverflow) : "memory");
}

[[noreturn]] void throwConcurrent(const char* what) { throwError(what); }

}  // namespace

int64_t maplen(const void* h) { return h ? static_cast<const HMap*>(h)->count : 0; }

std::vector<MapEntry> mapEntries(const GoType* mt, const void* hp) {
  std::vector<MapEntry> out;
  auto* h = static_cast<const HMap*>(hp);
  if (!h || h->count == 0) return out;
  Layout l(mt);
  uint64_t n = uint64_t(1) << h->B;
  for (uint64_t bi = 0; bi < n; bi++)
    for (uint8_t* b = l.bucket(h->buckets, bi); b; b = l.overflow(b))
      for (int i = 0; i < kBucketCnt; i++)
        if (b[i] != 0) out.push_back({l.keyAt(b, i), l.elemAt(b, i)});
  return out;
}

}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" {

void* gorun_makemap(const GoType* mt, int64_t hint) {
  auto* h = static_cast<HMap*>(gorun_mallocgc(sizeof(HMap), &hmapType));
  h->hash0 = (uint64_t(fastrand()) << 32) | fastrand();
  uint8_t B = 0;
  while (hint > 0 && overLoadFactor(hint, B) && B < 40) B++;
  Layout l(mt);
  h->B = B;
  h->bucketType = bucketTypeOf(mt, l);
  h->buckets = newBuckets(l, h, B);
  return h;
}

void* gorun_mapaccess2(const GoType* mt, void* hp, const void* key) {
  auto* h = static_cast<HMap*>(hp);
  Layout l(mt);
  if (!h || h->count == 0) {
    // Go still hashes the key, so an unhashable interface key panics.
    if (hashMightPanic(l.key)) typehash(l.key, key, 0);
    return nullptr;
  }
  if (h->flags & kHashWriting) throwConcurrent("concurrent map read and map write");
  uint8_t* elem = nullptr;
  if (!findSlot(l, h, key, hashKey(l, h, key), &elem)) return nullptr;
  return elem;
}

void* gorun_mapaccess1(const GoType* mt, void* h, const void* key) {
  void* e = gorun_mapaccess2(mt, h, key);
  if (e) return e;
  if (mt->elem->size <= kZeroSize) return const_cast<uint8_t*>(zeroVal);
  return gorun_mallocgc(mt->elem->size, mt->elem);
}

void* gorun_mapassign(const GoType* mt, void* hp, const void* key) {
  auto* h = static_cast<HMap*>(hp);
  if (!h) panicPlainError("assignment to entry in nil map", __builtin_frame_address(0));
  Layout l(mt);
  uint64_t hash = hashKey(l, h, key);
  if (h->flags & kHashWriting) throwConcurrent("concurrent map writes");
  h->flags |= kHashWriting;
  uint8_t* elem = nullptr;
  if (uint8_t* k = findSlot(l, h, key, hash, &elem)) {
    // Go overwrites the key too (it matters for +0/-0 and for strings).
    std::memcpy(k, key, l.key->size);
  } else {
    if (overLoadFactor(h->count + 1, h->B))
      grow(l, h, h->B + 1);
    else if (h->noverflow >= (uint64_t(1) << (h->B < 15 ? h->B : 15)) && h->B < 16)
      grow(l, h, h->B);
    elem = insertNew(l, h, key, hash);
    h->count++;
  }
  if (!(h->flags & kHashWriting)) throwConcurrent("concurrent map writes");
  h->flags &= uint8_t(~kHashWriting);
  return elem;
}

void gorun_mapdelete(const GoType* mt, void* hp, const void* key) {
  auto* h = static_cast<HMap*>(hp);
  Layout l(mt);
  if (!h || h->count == 0) {
    if (hashMightPanic(l.key)) typehash(l.key, key, 0);
    return;
  }
  uint64_t hash = hashKey(l, h, key);
  if (h->flags & kHashWriting) throwConcurrent("concurrent map writes");
  h->flags |= kHashWriting;
  if (Slot sl = lookup(l, h, key, hash); sl.b) {
    sl.b[sl.i] = 0;
    std::memset(l.keyAt(sl.b, sl.i), 0, l.key->size);
    std::memset(l.elemAt(sl.b, sl.i), 0, l.elem->size);
    h->count--;
  }
  h->flags &= uint8_t(~kHashWriting);
}

void gorun_mapclear(const GoType* mt, void* hp) {
  auto* h = static_cast<HMap*>(hp);
  if (!h) return;
  if (h->flags & kHashWriting) throwConcurrent("concurrent map writes");
  // A fresh table: an iteration in progress then finds none of its keys.
  Layout l(mt);
  newTable(l, h, h->B);
  h->count = 0;
  h->hash0 = (uint64_t(fastrand()) << 32) | fastrand();
}

void gorun_mapiternext(void* it);

void gorun_mapiterinit(const GoType* mt, void* hp, void* itp) {
  auto* it = static_cast<MapIter*>(itp);
  std::memset(it, 0, sizeof *it);
  auto* h = static_cast<HMap*>(hp);
  if (!h || h->count == 0) return;
  it->t = mt;
  it->h = h;
  it->buckets = h->buckets;
  if (!typeHasPointers(h->bucketType)) it->overflow = overflowList(h);
  it->nbuckets = uint64_t(1) << h->B;
  uint64_t r = (uint64_t(fastrand()) << 32) | fastrand();
  it->startBucket = r & (it->nbuckets - 1);
  it->offset = uint8_t((r >> 56) & (kBucketCnt - 1));
  it->bucket = it->startBucket;
  it->bptr = nullptr;
  gorun_mapiternext(it);
}

void gorun_mapiternext(void* itp) {
  auto* it = static_cast<MapIter*>(itp);
  HMap* h = it->h;
  if (!h) {
    it->key = nullptr;
    return;
  }
  if (h->flags & kHashWriting) throwConcurrent("concurrent map iteration and map write");
  Layout l(it->t);
  auto* buckets = static_cast<uint8_t*>(it->buckets);
  for (;;) {
    auto* b = static_cast<uint8_t*>(it->bptr);
    if (!b) {
      if (it->bucket == it->startBucket && it->wrapped) {
        it->key = nullptr;
        it->elem = nullptr;
        return;
      }
      b = l.bucket(buckets, it->bucket);
      it->bptr = b;
      it->i = 0;
      it->bucket++;
      if (it->bucket == it->nbuckets) {
        it->bucket = 0;
        it->wrapped = true;
      }
    }
    for (; it->i < kBucketCnt; it->i++) {
      int slot = (it->i + it->offset) & (kBucketCnt - 1);
      if (b[slot] == 0) continue;
      uint8_t* k = l.keyAt(b, slot);
      uint8_t* e = l.elemAt(b, slot);
      if (buckets != h->buckets) {
        // The map moved to a new table since the iteration started: report
        // the key only if it is still there, with its current element.
        if (h->count == 0) continue;
        uint8_t* cur = nullptr;
        uint8_t* ck = findSlot(l, h, k, hashKey(l, h, k), &cur);
        if (!ck) continue;
        k = ck;
        e = cur;
      }
      it->i++;
      it->key = k;
      it->elem = e;
      return;
    }
    it->bptr = l.overflow(b);
    it->i = 0;
  }
}

}  // extern "C"
