// Channels and select driven from C++ (runtime/chan.cpp, select.cpp):
// start() runs a C++ main goroutine that starts goroutines with
// runtime.newproc and talks to them through the JIT-facing entries
// (chansend1, chanrecv2, selectgo ...). The goroutine bodies are C++ on
// 2 KiB stacks: they only call the goroutine-stack entries.
#include "runtime/abi.h"
#include "runtime/chan.h"
#include "runtime/sched.h"
#include "tests/runtime_test_util.h"

#include <catch2/catch.hpp>

#include <string>

using namespace gorun::runtime;
using gorun::testutil::runChild;

extern "C" {
void gorun_newproc(void* closure);
void* gorun_makechan(const GoType* chanType, int64_t size);
void gorun_closechan(HChan* c);
void gorun_chansend1(HChan* c, const void* elem);
void gorun_chanrecv1(HChan* c, void* elem);
int64_t gorun_chanrecv2(HChan* c, void* elem);
int64_t gorun_selectnbsend(HChan* c, const void* elem);
int64_t gorun_selectnbrecv(void* elem, HChan* c);
int64_t gorun_selectgo(void* cas0, uint16_t* order0, int64_t nsends, int64_t nrecvs, int64_t block,
                       uint8_t* recvOK);
}

namespace {

GoType intType = [] {
  GoType t{};
  t.size = 8;
  t.align = 8;
  t.kind = Kind::Int;
  return t;
}();
GoType chanIntType = [] {
  GoType t{};
  t.size = 8;
  t.align = 8;
  t.kind = Kind::Chan;
  t.chanDir = 3;
  t.elem = &intType;
  return t;
}();

void out(const std::string& s) { write(1, s.data(), s.size()); }

struct MakeArgs {
  int64_t size;
  HChan* c;
};
void makeOnG0(void* a) {
  auto* m = static_cast<MakeArgs*>(a);
  m->c = static_cast<HChan*>(gorun_makechan(&chanIntType, m->size));
}
// From a goroutine: makechan allocates, so it runs on g0.
HChan* makechan(int64_t size) {
  MakeArgs a{size, nullptr};
  gorun_systemstack(makeOnG0, &a);
  return a.c;
}
void closeOnG0(void* c) { gorun_closechan(static_cast<HChan*>(c)); }
void closechan(HChan* c) { gorun_systemstack(closeOnG0, c); }

struct Closure {
  void (*code)(Closure*);
  HChan* in;
  HChan* out;
  int64_t n;
};

// Receives until close, sends back each value + 1, then closes out.
void echo(Closure* c) {
  int64_t v;
  while (gorun_chanrecv2(c->in, &v)) {
    v++;
    gorun_chansend1(c->out, &v);
  }
  closechan(c->out);
}

void pingPongMain(void*) {
  static Closure cl;
  cl = {echo, makechan(0), makechan(0), 0};
  gorun_newproc(&cl);
  int64_t v = 0;
  for (int i = 0; i < 10000; i++) {
    gorun_chansend1(cl.in, &v);
    gorun_chanrecv1(cl.out, &v);
  }
  closechan(cl.in);
  int64_t z = 99;
  int64_t ok = gorun_chanrecv2(cl.out, &z);
  out(std::to_string(v) + " " + std::to_string(ok) + " " + std::to_string(z) + "\n");
}

void bufferedMain(void*) {
  HChan* c = makechan(3);
  std::string s;
  for (int64_t i = 1; i <= 3; i++) gorun_chansend1(c, &i);
  int64_t four = 4;
  s += std::to_string(gorun_selectnbsend(c, &four)) + " ";  // full: 0
  s += std::to_string(c->qcount) + "/" + std::to_string(c->dataqsiz) + " ";
  int64_t v;
  gorun_chanrecv1(c, &v);
  s += std::to_string(v) + " ";
  s += std::to_string(gorun_selectnbsend(c, &four)) + " ";  // room: 1
  closechan(c);
  while (gorun_chanrecv2(c, &v)) s += std::to_string(v);
  s += " " + std::to_string(gorun_selectnbrecv(&v, c)) + "\n";  // closed: selected, !received
  out(s);
}

// selectgo over three ready buffered channels: each case wins about a
// third of the time.
void fairMain(void*) {
  HChan* cs[3] = {makechan(1), makechan(1), makechan(1)};
  int wins[3] = {0, 0, 0};
  struct {
    HChan* c;
    void* elem;
  } cases[3];
  uint16_t order[6];
  int64_t slot;
  for (int i = 0; i < 30000; i++) {
    for (auto* c : cs) {
      int64_t one = 1;
      gorun_chansend1(c, &one);
    }
    for (int k = 0; k < 3; k++) cases[k] = {cs[k], &slot};
    uint8_t ok = 0;
    int64_t w = gorun_selectgo(cases, order, 0, 3, 1, &ok);
    wins[w]++;
    for (int k = 0; k < 3; k++)
      if (k != w) gorun_chanrecv1(cs[k], &slot);
  }
  bool fair = true;
  for (int w : wins) fair &= w > 9000 && w < 11000;
  out(fair ? "fair\n" : "unfair\n");
}

}  // namespace

TEST_CASE("chan: unbuffered ping-pong, close wakes the receiver", "[chan]") {
  auto r = runChild([] { start(pingPongMain, {"prog"}); });
  CHECK(r.status == 0);
  CHECK(r.out == "10000 0 0\n");
}

TEST_CASE("chan: buffered FIFO, non-blocking forms, receive after close", "[chan]") {
  auto r = runChild([] { start(bufferedMain, {"prog"}); });
  CHECK(r.status == 0);
  CHECK(r.out == "0 3/3 1 1 234 1\n");
}

TEST_CASE("select: random choice among ready cases", "[chan][select]") {
  auto r = runChild([] { start(fairMain, {"prog"}); });
  CHECK(r.status == 0);
  CHECK(r.out == "fair\n");
}
