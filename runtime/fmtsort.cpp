// Go's internal/fmtsort: a stable, total order on map keys so that fmt
// prints maps deterministically (Go 1.12+). See fmtsort.h.
#include "runtime/fmtsort.h"

#include <algorithm>
#include <cstring>

namespace gorun::runtime {

namespace {

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <typename T>
int cmp(T a, T b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

int floatCompare(double a, double b) {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a == b) return 0;
  bool na = a != a, nb = b != b;
  if (na && !nb) return -1;
  if (!na && nb) return 1;
  return 0;
}

int64_t intOf(const GoType* t, const void* p) {
  switch (t->kind) {
    case Kind::Int8: return load<int8_t>(p);
    case Kind::Int16: return load<int16_t>(p);
    case Kind::Int32: return load<int32_t>(p);
    default: return load<int64_t>(p);
  }
}

uint64_t uintOf(const GoType* t, const void* p) {
  switch (t->kind) {
    case Kind::Uint8: return load<uint8_t>(p);
    case Kind::Uint16: return load<uint16_t>(p);
    case Kind::Uint32: return load<uint32_t>(p);
    default: return load<uint64_t>(p);
  }
}

// An interface's dynamic type and the address of its value.
const GoType* dynamic(const GoType* t, const void* p, const void** data) {
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

}  // namespace

int fmtsortCompare(const GoType* t, const void* a, const void* b) {
  switch (t->kind) {
    case Kind::Int:
    case Kind::Int8:
    case Kind::Int16:
    case Kind::Int32:
    case Kind::Int64: return cmp(intOf(t, a), intOf(t, b));
    case Kind::Uint:
    case Kind::Uint8:
    case Kind::Uint16:
    case Kind::Uint32:
    case Kind::Uint64:
    case Kind::Uintptr: return cmp(uintOf(t, a), uintOf(t, b));
    case Kind::String: {
      auto x = load<GoString>(a), y = load<GoString>(b);
      size_t n = size_t(std::min(x.len, y.len));
      int c = n ? std::memcmp(x.ptr, y.ptr, n) : 0;
      if (c) return c < 0 ? -1 : 1;
      return cmp(x.len, y.len);
    }
    case Kind::Float32: return floatCompare(load<float>(a), load<float>(b));
    case Kind::Float64: return floatCompare(load<double>(a), load<double>(b));
    case Kind::Complex64: {
      auto *x = static_cast<const float*>(a), *y = static_cast<const float*>(b);
      if (int c = floatCompare(x[0], y[0])) return c;
      return floatCompare(x[1], y[1]);
    }
    case Kind::Complex128: {
      auto *x = static_cast<const double*>(a), *y = static_cast<const double*>(b);
      if (int c = floatCompare(x[0], y[0])) return c;
      return floatCompare(x[1], y[1]);
    }
    case Kind::Bool: return cmp(load<uint8_t>(a), load<uint8_t>(b));
    case Kind::Pointer:
    case Kind::UnsafePointer:
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map: return cmp(load<uintptr_t>(a), load<uintptr_t>(b));
    case Kind::Struct:
      for (int64_t i = 0; i < t->len; i++) {
        const GoStructField& f = t->fields[i];
        int c = fmtsortCompare(f.type, static_cast<const uint8_t*>(a) + f.offset,
                               static_cast<const uint8_t*>(b) + f.offset);
        if (c) return c;
      }
      return 0;
    case Kind::Array:
      for (int64_t i = 0; i < t->len; i++) {
        uint64_t off = uint64_t(i) * t->elem->size;
        int c = fmtsortCompare(t->elem, static_cast<const uint8_t*>(a) + off,
                               static_cast<const uint8_t*>(b) + off);
        if (c) return c;
      }
      return 0;
    case Kind::Interface: {
      const void *da = nullptr, *db = nullptr;
      const GoType* ta = dynamic(t, a, &da);
      const GoType* tb = dynamic(t, b, &db);
      if (!ta || !tb) return ta ? 1 : tb ? -1 : 0;
      // By type first (fmtsort compares the reflect.Type pointers), then
      // by value.
      if (ta != tb) return cmp(uintptr_t(ta), uintptr_t(tb));
      return fmtsortCompare(ta, da, db);
    }
    default: return 0;
  }
}

std::vector<MapEntry> fmtsortMap(const GoType* mt, const void* h) {
  std::vector<MapEntry> es = mapEntries(mt, h);
  std::stable_sort(es.begin(), es.end(), [mt](const MapEntry& x, const MapEntry& y) {
    return fmtsortCompare(mt->key, x.key, y.key) < 0;
  });
  return es;
}

}  // namespace gorun::runtime
