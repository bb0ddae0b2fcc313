// The symbols of channels, select, channel timers and sync (issue 4),
// appended to runtimeSymbols() (symbols.cpp). `direct` entries run on the
// goroutine stack (they park); the others reach g0 through the stub
// (HACKING.md). sync/atomic's operations are not here: the JIT emits them
// as instructions (jit/atomics.cpp).
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
  for (const SymbolEntry& e : syncSymbols()) t.push_back(e);
  t.push_back({"math/rand.runtime_fastrand64$native", fn(&randFastrand64), false});
  return t;
}

}  // namespace gorun::runtime
