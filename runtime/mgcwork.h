// The mark's work (Go's mgcwork.go): each marking thread keeps its grey
// objects in a GCWork of its own, and hands some to the others through a
// shared list of buffers when one of them has none.
//
// Who marks: the collecting thread, always; during the concurrent mark
// also the goroutines that allocated past the goal (mark assists,
// gcWaitOverGoal), which otherwise would only wait for the mark to end;
// during the stopped world's mark (pause 2) also one helper thread for
// each P beyond the first, up to the CPUs (the pause's helpers). They
// use the cores the stopped Ps leave idle; Go marks on the Ps' own Ms,
// which gorun's stopped Ms wait on a futex for the world to restart.
//
// Invariants:
//   - A grey object is in the collector's GCWork, in a shared buffer, or
//     in the GCWork of an assist counted in `busy`. The collector's drain
//     ends when its own is empty, no buffer is shared and busy is 0;
//     nothing then can give an assist work until the collector shares
//     again, so no assist marks once a drain has ended.
//   - Outside the drains in which it shares work (sharedMark, from its
//     first share to the drain's end), the collector is the only thread
//     that marks, and may set mark bits without a locked instruction
//     (besides black allocation: MSpan::setMarkedAlone). Shared buffers
//     are published under workLock, after sharedMark: an assist's locked
//     stores follow the collector's plain ones, and precede, through
//     workLock, the plain ones after the drain.
#pragma once

#include <cstddef>
#include <cstdint>

namespace gorun::runtime {

// Grey objects, in memory mapped for them. Not malloc's: each thread that
// marks would get a malloc arena of its own, which keeps what it once held
// (binary-trees 18's peak RSS grew by 3.5 MB, none with MALLOC_ARENA_MAX=1).
class MarkStack {
 public:
  bool empty() const { return n_ == 0; }
  size_t size() const { return n_; }
  void push(uintptr_t v) {
    if (n_ == cap_) grow(n_ + 1);
    p_[n_++] = v;
  }
  uintptr_t pop() { return p_[--n_]; }
  // The top k entries, and their removal.
  const uintptr_t* top(size_t k) const { return p_ + n_ - k; }
  void drop(size_t k) { n_ -= k; }
  void append(const uintptr_t* a, size_t k);

 private:
  void grow(size_t need);
  uintptr_t* p_ = nullptr;
  size_t n_ = 0, cap_ = 0;
};

struct GCWork {
  MarkStack stack;           // grey objects, scanned from the top
  uint64_t markedBytes = 0;  // bytes this thread marked, not yet counted
};

// The marking thread's GCWork (null on other threads).
extern thread_local GCWork* gcw;

// Whether mark bits need locked stores: black allocation, or more than
// one marking thread in this cycle.
bool gcMarkShared();

// Starts a mark: nothing shared, one marker, counters to zero.
void gcWorkReset();
// Called every few objects by a draining marker: gives up to half of w's grey
// objects to the others when one of them waits for work.
void gcWorkBalance(GCWork* w);
// The collector's end of a drain: moves a shared buffer into w, waiting
// while assists hold work. False when no grey object is left anywhere.
bool gcWorkGetCollector(GCWork* w);
// An assist waits for work (+1) or stops waiting (-1): while any does,
// markers share.
void gcAssistWaiting(int delta);
// An assist's side: moves a shared buffer into w, counting the assist
// busy (if it was not already). False, and the assist not busy, when
// nothing is shared.
bool gcWorkGetAssist(GCWork* w, bool busy);
// An assist done with its work (w empty): counts its marked bytes, and
// no longer busy.
void gcWorkAssistDone(GCWork* w);
// Bytes that assists (and the pause's helpers) marked this cycle.
uint64_t gcAssistMarkedBytes();

// Lets the collector's drains wake the pause's helpers (starting the
// threads the first time) once it has enough grey objects; they then take
// shared work until gcPauseHelpersStop. Collector only, with the world
// stopped.
void gcPauseHelpersStart();
void gcPauseHelpersStop();

}  // namespace gorun::runtime
