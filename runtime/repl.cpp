// The runtime's side of the REPL: see repl.h for the design.
//
// Protocol between the REPL thread and the runtime (all under `mu`):
//   1. run() appends a Job to `queue` and waits on `cv` for job->done.
//   2. Goroutine 1 (serve) waits on `cv` in a syscall state, takes the job
//      and starts it on a new goroutine (inputMain) on g0.
//   3. The job ends exactly once (finish): inputMain returns, the panic
//      hook runs for its G, or the preempt hook ends it after interrupt().
//      finish() sets done and the outcome and wakes run().
//   4. On Ctrl-C (interruptRequested, which stays set until the REPL
//      thread clears it for its next input, so that a Ctrl-C while an
//      input compiles is for that input), run() takes back a job still in
//      the queue (Cancelled), and stops waiting for a job whose goroutine
//      cannot be stopped (parked); that job is then abandoned and leaked:
//      if its goroutine ever ends, finish() sees a job nobody waits for.
// Invariants: `current` is the job whose goroutine runs (or null); a G is
// ended by the hooks only if it is current->g or, for panics, any G (a
// goroutine started at the prompt must not take the REPL down).
#include "runtime/repl.h"

#include "runtime/runtime2.h"
#include "runtime/sched.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <deque>
#include <mutex>
#include <pthread.h>

namespace gorun::runtime::repl {

namespace {

struct Job {
  std::vector<GoEntry> entries;
  G* g = nullptr;  // its goroutine, once started (under mu)
  bool done = false;
  Outcome outcome = Outcome::Returned;
};

// A goroutine's closure: [0] is the code (proc.cpp, gorun_goentry).
struct InputClosure {
  void (*code)(void*);
  Job* job;
};

std::mutex mu;
std::condition_variable cv;
std::deque<Job*> queue;     // jobs not yet started
Job* current = nullptr;     // the job run() waits for
std::atomic<G*> killG{nullptr};      // the G interrupt() asked to end
std::atomic<bool> interruptRequested{false};
std::vector<std::string>* runtimeArgs;

void finish(Job* j, Outcome o) {
  std::lock_guard<std::mutex> lock(mu);
  if (j->done) return;
  j->done = true;
  j->outcome = o;
  cv.notify_all();
}

Job* jobOf(G* gp) {
  std::lock_guard<std::mutex> lock(mu);
  return current && current->g == gp ? current : nullptr;
}

void inputMain(void* closure) {
  Job* j = static_cast<InputClosure*>(closure)->job;
  for (GoEntry e : j->entries) e(nullptr);
  finish(j, Outcome::Returned);
}

void startInput(void* arg) {
  auto* j = static_cast<Job*>(arg);
  auto* c = new InputClosure{inputMain, j};
  // 64 KiB: inputMain is C++ (no prologue check) under the JIT frames.
  G* gp = newprocStack(c, 64 << 10);
  std::lock_guard<std::mutex> lock(mu);
  j->g = gp;
}

// Goroutine 1: starts each input on a goroutine of its own.
void serve(void*) {
  for (;;) {
    entersyscall();
    Job* j;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [] { return !queue.empty(); });
      j = queue.front();
      queue.pop_front();
    }
    exitsyscall();
    gorun_systemstack(startInput, j);
  }
}

// panicExit (panic.cpp, defer.cpp's fatalpanic), after the panic is
// printed, on g0 or on the panicking G's stack: end that G.
void panicHook() {
  M* mp = getm();
  G* gp = getg();
  if (!mp || !gp) return;  // not on a G: exit as usual
  if (Job* j = jobOf(gp)) finish(j, Outcome::Panicked);
  if (mp->onG0) goexitOnG0(gp);
  goexit1();
}

// proc.cpp's gopreempt_m, on g0: end the G that interrupt() targeted.
bool killOnPreempt(G* gp) {
  if (killG.load() != gp) return false;
  killG = nullptr;
  if (Job* j = jobOf(gp)) finish(j, Outcome::Interrupted);
  return true;
}

void* runtimeThread(void*) { start(serve, std::move(*runtimeArgs)); }

// Asks g to stop at its next safepoint (as sysmon's preemptone does).
void requestKill(G* gp) {
  killG = gp;
  __atomic_store_n(&gp->preempt, true, __ATOMIC_RELEASE);
  M* mp = gp->m;
  if (mp && __atomic_load_n(&gp->atomicstatus, __ATOMIC_ACQUIRE) == _Grunning && mp->tlsSlot)
    __atomic_store_n(mp->tlsSlot, StackPreempt, __ATOMIC_RELEASE);
}

}  // namespace

void startRuntime(std::vector<std::string> args) {
  runtimeArgs = new std::vector<std::string>(std::move(args));
  replPanicHook = panicHook;
  replKillOnPreempt = killOnPreempt;
  // Every runtime thread inherits a mask without SIGINT: Ctrl-C reaches
  // the REPL's thread (and interrupts its read).
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 16 << 20);  // start() takes 4 MiB as g0
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_t th;
  pthread_create(&th, &attr, runtimeThread, nullptr);
  pthread_attr_destroy(&attr);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
}

Outcome run(const std::vector<GoEntry>& entries) {
  auto* j = new Job{entries};
  std::unique_lock<std::mutex> lock(mu);
  current = j;
  queue.push_back(j);
  cv.notify_all();
  int64_t killSince = 0;
  while (!j->done) {
    if (interruptRequested.load()) {
      if (auto it = std::find(queue.begin(), queue.end(), j); it != queue.end()) {
        // Not started yet: it never will be.
        queue.erase(it);
        current = nullptr;
        delete j;
        return Outcome::Cancelled;
      }
      if (!killSince) {
        killSince = nanotime();
        if (j->g) requestKill(j->g);
      } else if (nanotime() - killSince > 200 * 1000 * 1000) {
        // Not stopped within 200 ms (parked, or no safepoint reached):
        // give up waiting; the goroutine stays where it is.
        current = nullptr;
        return Outcome::Interrupted;
      } else if (j->g && killG.load() != j->g) {
        requestKill(j->g);  // started since, or asked again
      }
    }
    cv.wait_for(lock, std::chrono::milliseconds(10));
  }
  current = nullptr;
  Outcome o = j->outcome;
  delete j;
  return o;
}

void interrupt() { interruptRequested = true; }
bool interruptPending() { return interruptRequested.load(); }
void clearInterrupt() { interruptRequested = false; }

void setTerminalWriter(void (*w)(int fd, const void* p, size_t n)) {
  assert(!runtimeArgs && "setTerminalWriter after startRuntime: runtime threads read the hook unlocked");
  replTerminalWrite = w;
}

void writeFd(int fd, const void* p, size_t n) { writeAllRaw(fd, p, n); }

}  // namespace gorun::runtime::repl
