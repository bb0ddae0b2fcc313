// Hashing and equality by type descriptor (Go's alg.go). See alg.h.
#include "runtime/alg.h"

#include "runtime/defer.h"
#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <cstring>

namespace gorun::runtime {

namespace {

constexpr uint64_t kMul0 = 0xa0761d6478bd642full;
constexpr uint64_t kMul1 = 0xe7037ed1a0b428dbull;

inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

inline uint64_t read64(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// The dynamic type and data address of an interface value at p.
const GoType* ifaceDynamic(const GoType* t, const void* p, const void** data) {
  const GoType* dyn;
  void* const* word;
  if (t->nmethods == 0) {
    auto* e = static_cast<const GoEface*>(p);
    dyn = e->type;
    word = &e->data;
  } else {
    auto* i = static_cast<const GoIface*>(p);
    dyn = i->tab ? i->tab->type : nullptr;
    word = &i->data;
  }
  if (dyn) *data = isDirectIface(dyn) ? static_cast<const void*>(word) : *word;
  return dyn;
}

bool isBlankField(const GoStructField& f) { return f.name.len == 1 && f.name.ptr[0] == '_'; }

// A recoverable panic even on g0 (panic.cpp): it must come before any
// write to the map (map.cpp hashes first), and it builds no C++ string.
[[noreturn]] void panicUncomparable(const char* what, const GoType* t) {
  panicRuntimeErrorType(what, t, __builtin_frame_address(0));
}

}  // namespace

// A wyhash-style hash: 8-byte words multiplied into the state.
uint64_t memhash(const void* data, uint64_t n, uint64_t seed) {
  auto* p = static_cast<const uint8_t*>(data);
  uint64_t h = seed ^ kMul0 ^ (n * kMul1);
  while (n >= 16) {
    h = mix(read64(p) ^ kMul1, read64(p + 8) ^ h);
    p += 16;
    n -= 16;
  }
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = read64(p);
    b = read64(p + n - 8);
  } else if (n >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + n - 4, 4);
    a = x;
    b = y;
  } else if (n > 0) {
    a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
  }
  return mix(mix(a ^ kMul1, b ^ h) ^ kMul0, kMul1 ^ n);
}

namespace {

uint64_t f64hash(double f, uint64_t seed) {
  if (f == 0) return memhash("\0\0\0\0\0\0\0\0", 8, seed);  // +0, -0
  if (f != f) return mix(seed ^ fastrand(), kMul0 ^ fastrand());  // NaN: random
  return memhash(&f, 8, seed);
}

}  // namespace

uint64_t typehash(const GoType* t, const void* p, uint64_t seed) {
  switch (t->kind) {
    case Kind::Float32: {
      float f;
      std::memcpy(&f, p, 4);
      return f64hash(f, seed);
    }
    case Kind::Float64: {
      double f;
      std::memcpy(&f, p, 8);
      return f64hash(f, seed);
    }
    case Kind::Complex64: {
      auto* c = static_cast<const float*>(p);
      return f64hash(c[1], f64hash(c[0], seed));
    }
    case Kind::Complex128: {
      auto* c = static_cast<const double*>(p);
      return f64hash(c[1], f64hash(c[0], seed));
    }
    case Kind::String: {
      auto* s = static_cast<const GoString*>(p);
      return memhash(s->ptr, static_cast<uint64_t>(s->len), seed);
    }
    case Kind::Interface: {
      const void* data = nullptr;
      const GoType* dyn = ifaceDynamic(t, p, &data);
      if (!dyn) return mix(seed, kMul1);
      if (!(dyn->flags & TypeFlagComparable)) panicUncomparable("hash of unhashable type ", dyn);
      return typehash(dyn, data, seed ^ kMul0);
    }
    case Kind::Array: {
      uint64_t h = seed;
      auto* b = static_cast<const uint8_t*>(p);
      for (int64_t i = 0; i < t->len; i++) h = typehash(t->elem, b + i * t->elem->size, h);
      return h;
    }
    case Kind::Struct: {
      uint64_t h = seed;
      auto* b = static_cast<const uint8_t*>(p);
      for (int64_t i = 0; i < t->len; i++) {
        const GoStructField& f = t->fields[i];
        if (isBlankField(f)) continue;
        h = typehash(f.type, b + f.offset, h);
      }
      return h;
    }
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      panicUncomparable("hash of unhashable type ", t);
    default:  // integers, bool, pointers, channels: their bytes
      return memhash(p, t->size, seed);
  }
}

bool typeequal(const GoType* t, const void* a, const void* b) {
  switch (t->kind) {
    case Kind::Float32: {
      float x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return x == y;
    }
    case Kind::Float64: {
      double x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return x == y;
    }
    case Kind::Complex64: {
      auto *x = static_cast<const float*>(a), *y = static_cast<const float*>(b);
      return x[0] == y[0] && x[1] == y[1];
    }
    case Kind::Complex128: {
      auto *x = static_cast<const double*>(a), *y = static_cast<const double*>(b);
      return x[0] == y[0] && x[1] == y[1];
    }
    case Kind::String: {
      auto *x = static_cast<const GoString*>(a), *y = static_cast<const GoString*>(b);
      return x->len == y->len &&
             (x->ptr == y->ptr || std::memcmp(x->ptr, y->ptr, static_cast<size_t>(x->len)) == 0);
    }
    case Kind::Interface: {
      const void *da = nullptr, *db = nullptr;
      const GoType* ta = ifaceDynamic(t, a, &da);
      const GoType* tb = ifaceDynamic(t, b, &db);
      if (ta != tb) return false;
      if (!ta) return true;
      if (!(ta->flags & TypeFlagComparable)) panicUncomparable("comparing uncomparable type ", ta);
      return typeequal(ta, da, db);
    }
    case Kind::Array: {
      auto *x = static_cast<const uint8_t*>(a), *y = static_cast<const uint8_t*>(b);
      for (int64_t i = 0; i < t->len; i++)
        if (!typeequal(t->elem, x + i * t->elem->size, y + i * t->elem->size)) return false;
      return true;
    }
    case Kind::Struct: {
      auto *x = static_cast<const uint8_t*>(a), *y = static_cast<const uint8_t*>(b);
      for (int64_t i = 0; i < t->len; i++) {
        const GoStructField& f = t->fields[i];
        if (isBlankField(f)) continue;
        if (!typeequal(f.type, x + f.offset, y + f.offset)) return false;
      }
      return true;
    }
    case Kind::Slice:
    case Kind::Map:
    case Kind::Func:
      panicUncomparable("comparing uncomparable type ", t);
    default:
      return std::memcmp(a, b, t->size) == 0;
  }
}

bool efaceequal(const GoEface* a, const GoEface* b) {
  static const GoType anyType = [] {
    GoType t{};
    t.kind = Kind::Interface;
    return t;
  }();
  return typeequal(&anyType, a, b);
}

}  // namespace gorun::runtime
