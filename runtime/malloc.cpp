// Memory allocation (Go's malloc.go).
//
// gorun_mallocgc is the single entry point through which every Go object is
// allocated: JIT code, strings, slices, fmt's results. For this milestone it
// is calloc: there is no collector yet, so memory is never freed. The real
// allocator (size-classed spans, per-P mcache, mark-sweep GC, see DESIGN.md
// "Memory") replaces this body without changing any caller, which is why
// nothing else in the runtime may call malloc for Go-visible memory.
#include "runtime/abi.h"
#include "runtime/malloc.h"
#include "runtime/runtime2.h"

#include <cstdlib>

namespace gorun::runtime {

// The address of every zero-sized allocation, as Go's zerobase.
alignas(16) uint64_t zerobase[2];

}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" void* gorun_mallocgc(uint64_t size, const GoType* typ) {
  (void)typ;  // the GC will record the type's pointer map
  if (size == 0) return zerobase;
  if (size > MaxAlloc) throwError("runtime: out of memory");
  void* p = std::calloc(1, size);
  if (p == nullptr) throwError("runtime: out of memory");
  return p;
}
