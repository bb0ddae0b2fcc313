// Pointer maps (Go's mbitmap.go, type.go's ptrdata/gcdata).
//
// A type's pointer mask has one bit per word of its ptrdata prefix: 1 for
// a word holding a pointer the collector must follow. The JIT emits it
// into every descriptor (jit/gcdata.cpp, flag TypeFlagGCData); for the
// few descriptors the runtime builds itself the mask is derived here from
// kind, elem and fields, once, and cached.
//
// Pointer words of the layouts (type.h): string and slice word 0;
// interfaces both words (type/itab and data: an itab may one day be
// heap-allocated); map, chan, func, pointer, unsafe.Pointer one word.
//
// A small object's pointer words are copied into its span's heap bitmap
// when it is allocated (heapBitsSetType), one bit per word of the span, so
// that the marker scans a slot without knowing its type. A large object
// keeps its type in its span instead (mgcmark.cpp repeats the mask).
#include "runtime/mheap.h"

#include "runtime/runtime2.h"

#include <cstring>
#include <unordered_map>
#include <vector>

namespace gorun::runtime {

namespace {

void setBit(std::vector<uint8_t>& m, uintptr_t word) {
  if (m.size() <= word / 8) m.resize(word / 8 + 1);
  m[word / 8] |= uint8_t(1 << (word % 8));
}

// Adds t's pointer words, at byte offset off, to m.
void buildMask(const GoType* t, uintptr_t off, std::vector<uint8_t>& m) {
  switch (t->kind) {
    case Kind::Chan: case Kind::Func: case Kind::Map: case Kind::Pointer:
    case Kind::UnsafePointer: case Kind::String: case Kind::Slice:
      setBit(m, off / 8);
      break;
    case Kind::Interface:
      setBit(m, off / 8);
      setBit(m, off / 8 + 1);
      break;
    case Kind::Array:
      if (t->elem && typeHasPointers(t->elem))
        for (int64_t i = 0; i < t->len; i++) buildMask(t->elem, off + uintptr_t(i) * t->elem->size, m);
      break;
    case Kind::Struct:
      for (int64_t i = 0; i < t->len; i++)
        buildMask(t->fields[i].type, off + t->fields[i].offset, m);
      break;
    default:
      break;
  }
}

struct DerivedMask {
  std::vector<uint8_t> bits;
  uintptr_t ptrdata = 0;
};

Mutex derivedLock;
std::unordered_map<const GoType*, DerivedMask>* derived;

}  // namespace

PtrMask ptrmaskDerived(const GoType* t) {
  lock(&derivedLock);
  if (!derived) derived = new std::unordered_map<const GoType*, DerivedMask>();
  auto it = derived->find(t);
  if (it == derived->end()) {
    DerivedMask d;
    buildMask(t, 0, d.bits);
    for (uintptr_t w = d.bits.size() * 8; w-- > 0;)
      if (d.bits[w / 8] >> (w % 8) & 1) {
        d.ptrdata = (w + 1) * 8;
        break;
      }
    it = derived->emplace(t, std::move(d)).first;
  }
  PtrMask r{it->second.ptrdata, it->second.bits.data()};
  unlock(&derivedLock);
  return r;
}

namespace {

inline void setBitRange(uint64_t* b, uintptr_t start, uintptr_t n, bool on) {
  while (n > 0) {
    uintptr_t w = start / 64, bit = start % 64;
    uintptr_t k = 64 - bit < n ? 64 - bit : n;
    uint64_t mask = k == 64 ? ~uint64_t(0) : ((uint64_t(1) << k) - 1) << bit;
    if (on) b[w] |= mask;
    else b[w] &= ~mask;
    start += k;
    n -= k;
  }
}

}  // namespace

void heapBitsSetType(MSpan* s, uintptr_t p, uintptr_t size, const GoType* typ) {
  uint64_t* hb = s->heapBits;
  uintptr_t w0 = (p - s->startAddr) / 8;
  uintptr_t words = s->elemsize / 8;
  if (typ == nullptr) {  // unknown layout: every word may be a pointer
    setBitRange(hb, w0, words, true);
    return;
  }
  PtrMask m = ptrmaskOf(typ);
  if (words <= 64 && size == typ->size) {
    // One value of at most 64 words (most allocations): its mask is one
    // machine word, written over the slot's bits at once.
    uint64_t bits = 0;
    for (uintptr_t k = 0; k < (m.ptrdata / 8 + 7) / 8; k++) bits |= uint64_t(m.bits[k]) << (8 * k);
    uint64_t slot = words == 64 ? ~uint64_t(0) : (uint64_t(1) << words) - 1;
    bits &= slot;
    uintptr_t i = w0 / 64, sh = w0 % 64;
    hb[i] = (hb[i] & ~(slot << sh)) | (bits << sh);
    if (sh + words > 64) hb[i + 1] = (hb[i + 1] & ~(slot >> (64 - sh))) | (bits >> (64 - sh));
    return;
  }
  setBitRange(hb, w0, words, false);
  uintptr_t tw = typ->size / 8;
  if (tw == 0 || m.ptrdata == 0) return;
  uintptr_t n = size / typ->size;
  uintptr_t pw = m.ptrdata / 8;
  if (tw == 1) {  // []*T, []unsafe.Pointer ...: every word
    setBitRange(hb, w0, n, true);
    return;
  }
  for (uintptr_t e = 0; e < n; e++) {
    uintptr_t base = w0 + e * tw;
    for (uintptr_t i = 0; i < pw; i++)
      if (m.bits[i / 8] >> (i % 8) & 1) hb[(base + i) / 64] |= uint64_t(1) << ((base + i) % 64);
  }
}

}  // namespace gorun::runtime
