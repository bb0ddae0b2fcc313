// The local run queue (proc.cpp: runqput/runqget/runqsteal, Go's lock-free
// ring) and the global queue it spills to, from plain threads.
#include "runtime/sched.h"

#include <catch2/catch.hpp>

#include <thread>
#include <vector>

using namespace gorun::runtime;

namespace {

P* freshP(int id) {
  auto* pp = new P();
  pp->id = id;
  for (auto& s : pp->runq) s.store(nullptr);
  return pp;
}

// Drains the global queue (no scheduler runs here).
int drainGlobal(std::vector<int>& seen, G* base) {
  int n = 0;
  lock(&sched.lock);
  while (G* gp = sched.runqhead) {
    sched.runqhead = gp->schedlink;
    seen[gp - base]++;
    n++;
  }
  sched.runqtail = nullptr;
  sched.runqsize = 0;
  unlock(&sched.lock);
  return n;
}

}  // namespace

TEST_CASE("runq: FIFO order, runnext first", "[runq]") {
  P* pp = freshP(0);
  std::vector<G> gs(10);
  for (int i = 0; i < 5; i++) runqput(pp, &gs[i], false);
  runqput(pp, &gs[9], true);
  CHECK(runqlen(pp) == 5);
  bool inherit = false;
  CHECK(runqget(pp, &inherit) == &gs[9]);
  CHECK(inherit);
  for (int i = 0; i < 5; i++) CHECK(runqget(pp) == &gs[i]);
  CHECK(runqget(pp) == nullptr);
  CHECK(runqempty(pp));
  // A second runnext kicks the first to the tail.
  runqput(pp, &gs[0], true);
  runqput(pp, &gs[1], true);
  CHECK(runqget(pp) == &gs[1]);
  CHECK(runqget(pp) == &gs[0]);
}

TEST_CASE("runq: a full queue moves half of itself and the new G to the global queue",
          "[runq]") {
  P* pp = freshP(0);
  std::vector<G> gs(300);
  for (int i = 0; i < 256; i++) runqput(pp, &gs[i], false);
  CHECK(runqlen(pp) == 256);
  runqput(pp, &gs[256], false);
  CHECK(runqlen(pp) == 128);
  CHECK(sched.runqsize.load() == 129);
  std::vector<int> seen(300);
  CHECK(drainGlobal(seen, gs.data()) == 129);
  for (int i = 0; i < 128; i++) CHECK(seen[i] == 1);
  CHECK(seen[256] == 1);
  CHECK(runqget(pp) == &gs[128]);
}

TEST_CASE("runq: steal takes half", "[runq]") {
  P* victim = freshP(0);
  P* thief = freshP(1);
  std::vector<G> gs(20);
  for (int i = 0; i < 10; i++) runqput(victim, &gs[i], false);
  G* got = runqsteal(thief, victim, false);
  CHECK(got == &gs[4]);  // the last of the 5 stolen is returned
  CHECK(runqlen(thief) == 4);
  CHECK(runqlen(victim) == 5);
  CHECK(runqget(thief) == &gs[0]);
}

TEST_CASE("runq: concurrent put/get by the owner and steal by another thread", "[runq]") {
  P* owner = freshP(0);
  P* thiefP = freshP(1);
  constexpr int N = 200000;
  std::vector<G> gs(N);
  std::vector<int> seen(N);   // counted by the owner...
  std::vector<int> stolen(N); // ...and by the thief
  std::atomic<bool> done{false};
  std::thread thief([&] {
    for (;;) {
      bool fin = done.load();
      if (G* gp = runqsteal(thiefP, owner, true)) {
        stolen[gp - gs.data()]++;
        while (G* g2 = runqget(thiefP)) stolen[g2 - gs.data()]++;
      } else if (fin) {
        break;
      }
    }
  });
  for (int i = 0; i < N; i++) {
    runqput(owner, &gs[i], i % 7 == 0);
    if (i % 3 == 0)
      if (G* gp = runqget(owner)) seen[gp - gs.data()]++;
  }
  while (G* gp = runqget(owner)) seen[gp - gs.data()]++;
  done = true;
  thief.join();
  while (G* gp = runqget(owner)) seen[gp - gs.data()]++;
  drainGlobal(seen, gs.data());
  int missing = 0, twice = 0, byThief = 0;
  for (int i = 0; i < N; i++) {
    int n = seen[i] + stolen[i];
    missing += n == 0;
    twice += n > 1;
    byThief += stolen[i];
  }
  CHECK(missing == 0);
  CHECK(twice == 0);
  INFO("stolen: " << byThief);
}
