// The symbols of channels, select, channel timers and sync/atomic
// (issue 4), appended to runtimeSymbols() (symbols.cpp). `direct` entries
// run on the goroutine stack (they park, or are leaf atomics of a few
// words); the others reach g0 through the stub (HACKING.md).
//
// sync/atomic's functions are natives here: every one is a single
// sequentially consistent instruction (lock xadd, xchg, cmpxchg, mov),
// as Go's on amd64.
#include "runtime/natives.h"
#include "runtime/sched.h"

#include <cstdint>

extern "C" {
void* gorun_makechan(const gorun::runtime::GoType* chanType, int64_t size);
void gorun_closechan(void* c);
void gorun_chansend1(void* c, const void* elem);
void gorun_chanrecv1(void* c, void* elem);
int64_t gorun_chanrecv2(void* c, void* elem);
int64_t gorun_selectnbsend(void* c, const void* elem);
int64_t gorun_selectnbrecv(void* elem, void* c);
int64_t gorun_selectgo(void* cas0, uint16_t* order0, int64_t nsends, int64_t nrecvs, int64_t block,
                       uint8_t* recvOK);
void gorun_block();
}

namespace gorun::runtime {

namespace {

template <typename T>
struct AddArgs {
  T* p;
  T v;
};
template <typename T>
struct CasArgs {
  T* p;
  T old, nw;
};

template <typename T>
void atomicAdd(void* r, const void* p) {
  auto* a = static_cast<const AddArgs<T>*>(p);
  *static_cast<T*>(r) = __atomic_add_fetch(a->p, a->v, __ATOMIC_SEQ_CST);
}
template <typename T>
void atomicLoad(void* r, const void* p) {
  *static_cast<T*>(r) = __atomic_load_n(*static_cast<T* const*>(p), __ATOMIC_SEQ_CST);
}
template <typename T>
void atomicStore(void*, const void* p) {
  auto* a = static_cast<const AddArgs<T>*>(p);
  __atomic_store_n(a->p, a->v, __ATOMIC_SEQ_CST);
}
template <typename T>
void atomicSwap(void* r, const void* p) {
  auto* a = static_cast<const AddArgs<T>*>(p);
  *static_cast<T*>(r) = __atomic_exchange_n(a->p, a->v, __ATOMIC_SEQ_CST);
}
template <typename T>
void atomicCas(void* r, const void* p) {
  auto* a = static_cast<const CasArgs<T>*>(p);
  T old = a->old;
  *static_cast<bool*>(r) =
      __atomic_compare_exchange_n(a->p, &old, a->nw, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

void* fn(auto* f) { return reinterpret_cast<void*>(f); }

// math/rand.runtime_fastrand64 (the unseeded global source's seed).
void randFastrand64(void* r, const void*) {
  *static_cast<uint64_t*>(r) = uint64_t(fastrand()) << 32 ^ fastrand() ^ uint64_t(nanotime());
}

}  // namespace

std::vector<SymbolEntry> chanSymbols() {
  std::vector<SymbolEntry> t = {
      {"runtime.makechan", fn(&gorun_makechan), false},
      {"runtime.closechan", fn(&gorun_closechan), false},
      {"runtime.chansend1", fn(&gorun_chansend1), true},
      {"runtime.chanrecv1", fn(&gorun_chanrecv1), true},
      {"runtime.chanrecv2", fn(&gorun_chanrecv2), true},
      {"runtime.selectnbsend", fn(&gorun_selectnbsend), true},
      {"runtime.selectnbrecv", fn(&gorun_selectnbrecv), true},
      {"runtime.selectgo", fn(&gorun_selectgo), true},
      {"runtime.block", fn(&gorun_block), true},
      {"time.startTimer$native", fn(&time_startTimer), false},
      {"time.stopTimer$native", fn(&time_stopTimer), false},
      {"time.resetTimer$native", fn(&time_resetTimer), false},
      {"time.now$native", fn(&time_now), false},
  };
  // sync/atomic: Go's names, one template instance each.
#define GORUN_ATOMIC(Name, T)                                                            \
  t.push_back({"sync/atomic.Add" Name "$native", fn(&atomicAdd<T>), true});               \
  t.push_back({"sync/atomic.Load" Name "$native", fn(&atomicLoad<T>), true});             \
  t.push_back({"sync/atomic.Store" Name "$native", fn(&atomicStore<T>), true});           \
  t.push_back({"sync/atomic.Swap" Name "$native", fn(&atomicSwap<T>), true});             \
  t.push_back({"sync/atomic.CompareAndSwap" Name "$native", fn(&atomicCas<T>), true});
  GORUN_ATOMIC("Int32", int32_t)
  GORUN_ATOMIC("Int64", int64_t)
  GORUN_ATOMIC("Uint32", uint32_t)
  GORUN_ATOMIC("Uint64", uint64_t)
  GORUN_ATOMIC("Uintptr", uint64_t)
#undef GORUN_ATOMIC
  // package sync's extras (stdlib/sync/runtime2.go).
  t.push_back({"sync.storeInt32$native", fn(&atomicStore<int32_t>), true});
  t.push_back({"sync.loadUint32$native", fn(&atomicLoad<uint32_t>), true});
  t.push_back({"sync.storeUint32$native", fn(&atomicStore<uint32_t>), true});
  t.push_back({"sync.casUint32$native", fn(&atomicCas<uint32_t>), true});
  for (const SymbolEntry& e : syncSymbols()) t.push_back(e);
  t.push_back({"math/rand.runtime_fastrand64$native", fn(&randFastrand64), false});
  return t;
}

}  // namespace gorun::runtime
