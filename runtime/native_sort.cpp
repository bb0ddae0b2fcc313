// Natives of package sort: the two things sort.Slice asks of reflection
// (stdlib/sort/slice_gorun.go), answered from the runtime's type
// descriptors.
#include "runtime/abi.h"
#include "runtime/natives.h"

#include <cstring>

namespace gorun::runtime {

// func sliceHeader(x any) (n int, kind int)
void sort_sliceHeader(void* r, const void* p) {
  const auto* x = static_cast<const GoEface*>(p);
  auto* res = static_cast<int64_t*>(r);
  res[0] = 0;
  res[1] = x->type ? static_cast<int64_t>(x->type->kind) : 0;
  // A slice is never pointer-shaped: the data word points to its header.
  if (x->type && x->type->kind == Kind::Slice) res[0] = static_cast<const GoSlice*>(x->data)->len;
}

// func swapElems(x any, i, j int). Precondition: x holds a slice and
// 0 <= i, j < len (checked in Go).
void sort_swapElems(void*, const void* p) {
  struct Params {
    GoEface x;
    int64_t i, j;
  };
  const auto* ps = static_cast<const Params*>(p);
  const auto* s = static_cast<const GoSlice*>(ps->x.data);
  uint64_t size = ps->x.type->elem->size;
  if (ps->i == ps->j || size == 0) return;
  auto* a = static_cast<uint8_t*>(s->ptr) + ps->i * size;
  auto* b = static_cast<uint8_t*>(s->ptr) + ps->j * size;
  uint8_t tmp[256];
  while (size > 0) {
    uint64_t n = size < sizeof tmp ? size : sizeof tmp;
    std::memcpy(tmp, a, n);
    std::memcpy(a, b, n);
    std::memcpy(b, tmp, n);
    a += n, b += n, size -= n;
  }
}

}  // namespace gorun::runtime
