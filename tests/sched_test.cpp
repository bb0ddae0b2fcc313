// The scheduler driven from C++ (proc.cpp, sema.cpp, time.cpp): start()
// runs a C++ main goroutine that creates goroutines with runtime.newproc,
// joins them on a runtime semaphore, sleeps on timers, and checks what
// ran. Goroutine bodies here are C++ on 2 KiB stacks, so they only touch
// atomics and call the runtime's goroutine-stack entries.
#include "runtime/abi.h"
#include "runtime/natives.h"
#include "runtime/sched.h"
#include "tests/runtime_test_util.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

using namespace gorun::runtime;
using gorun::testutil::runChild;

extern "C" void gorun_newproc(void* closure);
extern "C" void gorun_Gosched();

namespace gorun::runtime {
void semacquire(uint32_t* addr, WaitReason reason);
void semrelease(uint32_t* addr);
}  // namespace gorun::runtime

namespace {

struct Closure {
  void (*code)(Closure*);
  int id;
};

std::atomic<int> counter{0};
std::atomic<int> remaining{0};
uint32_t doneSema = 0;
constexpr int NG = 2000;

void releaseDone(void*) { semrelease(&doneSema); }

void worker(Closure* c) {
  counter.fetch_add(c->id);
  gorun_Gosched();
  counter.fetch_add(1);
  if (remaining.fetch_sub(1) == 1) gorun_systemstack(releaseDone, nullptr);
}

void out(const std::string& s) { write(1, s.data(), s.size()); }

void spawnMain(void*) {
  remaining = NG;
  static Closure cs[NG];
  for (int i = 0; i < NG; i++) {
    cs[i] = {worker, i};
    gorun_newproc(&cs[i]);
  }
  semacquire(&doneSema, WaitReason::Semacquire);
  // Wait for the last workers to finish exiting.
  while (gcount() > 1) gorun_Gosched();
  out(std::to_string(counter.load()) + " " + std::to_string(gcount()) + "\n");
}

// Timers: goroutines sleep for shuffled durations; each must wake after
// its deadline (wake order may differ under load: timers that expire
// together are readied in heap order, and runnext runs the last first).
std::atomic<int> wakeIdx{0};
int wakeOrder[16];
int64_t lateness[16];
int64_t timerBase;
void sleeper(Closure* c) {
  timeSleep(int64_t(c->id) * 5000000);  // id * 5 ms
  lateness[c->id] = nanotime() - (timerBase + int64_t(c->id) * 5000000);
  wakeOrder[wakeIdx.fetch_add(1)] = c->id;
  if (remaining.fetch_sub(1) == 1) gorun_systemstack(releaseDone, nullptr);
}

void timerMain(void*) {
  static const int ids[] = {5, 1, 9, 3, 7, 2, 8, 4, 6, 10};
  static Closure cs[10];
  remaining = 10;
  timerBase = nanotime();
  for (int i = 0; i < 10; i++) {
    cs[i] = {sleeper, ids[i]};
    gorun_newproc(&cs[i]);
  }
  semacquire(&doneSema, WaitReason::Semacquire);
  int early = 0;
  for (int i = 1; i <= 10; i++) early += lateness[i] < 0;
  out(std::to_string(wakeIdx.load()) + " woke, " + std::to_string(early) + " early\n");
}

// The heap itself: 200 timers with shuffled deadlines on one P fire in
// deadline order however late the M gets to them.
int fired[200];
std::atomic<int> nfired{0};
void recordTimer(void* arg, uintptr_t) { fired[nfired.fetch_add(1)] = int(reinterpret_cast<intptr_t>(arg)); }
void addTimers(void*) {
  static Timer ts[200];
  int64_t now = nanotime();
  for (int i = 0; i < 200; i++) {
    int k = (i * 73) % 200;  // a permutation of 0..199
    ts[i].when = now + 1000000 + int64_t(k) * 100000;  // 1 ms + k * 0.1 ms
    ts[i].f = recordTimer;
    ts[i].arg = reinterpret_cast<void*>(intptr_t(k));
    addtimer(&ts[i]);
  }
}
void heapMain(void*) {
  gorun_systemstack(addTimers, nullptr);
  while (nfired.load() < 200) timeSleep(5000000);
  int inOrder = 1;
  for (int i = 1; i < 200; i++) inOrder &= fired[i - 1] < fired[i];
  out(std::to_string(nfired.load()) + " " + std::to_string(inOrder) + "\n");
}

void deadMain(void*) {
  static uint32_t never = 0;
  semacquire(&never, WaitReason::Semacquire);
}

}  // namespace

TEST_CASE("sched: goroutines run, yield, exit and are joined", "[sched]") {
  for (const char* procs : {"1", "2", "4"}) {
    auto r = runChild([&] {
      setenv("GOMAXPROCS", procs, 1);
      start(spawnMain, {"prog"});
    });
    INFO("GOMAXPROCS=" << procs << "\n" << r.err);
    CHECK(r.status == 0);
    CHECK(r.out == std::to_string(NG * (NG - 1) / 2 + NG) + " 1\n");
  }
}

TEST_CASE("sched: time.Sleep parks goroutines on timers", "[sched][timers]") {
  for (const char* procs : {"1", "2"}) {
    auto r = runChild([&] {
      setenv("GOMAXPROCS", procs, 1);
      start(timerMain, {"prog"});
    });
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out == "10 woke, 0 early\n");
  }
}

TEST_CASE("sched: timers fire in deadline order (4-ary heap)", "[sched][timers]") {
  auto r = runChild([&] {
    setenv("GOMAXPROCS", "1", 1);
    start(heapMain, {"prog"});
  });
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out == "200 1\n");
}

TEST_CASE("sched: checkdead reports a deadlock", "[sched]") {
  auto r = runChild([] { start(deadMain, {"prog"}); });
  CHECK(r.status == 2);
  CHECK(r.err.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [semacquire]:\n",
                    0) == 0);
}

namespace {
void bounce(G* gp) {
  installStackGuard(gp);
  getm()->onG0 = 0;
  gorun_gogo(&gp->sched);
}
void switchMain(void*) {
  constexpr int N = 10000000;
  int64_t t0 = nanotime();
  for (int i = 0; i < N; i++) {
    M* mp = getm();
    mp->onG0 = 1;
    gorun_mcall(&mp->curg->sched, bounce, mp->curg, mp->g0top);
  }
  int64_t t1 = nanotime();
  out("mcall+gogo round trip: " + std::to_string((t1 - t0) / (N / 1000)) + " ps\n");
}
}  // namespace

// Not run by default (timing): ./test_sched "[bench]"
TEST_CASE("sched: context switch cost", "[.][bench]") {
  auto r = runChild([] { start(switchMain, {"prog"}); });
  CHECK(r.status == 0);
  WARN(r.out);
}
