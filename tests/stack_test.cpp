// Goroutine stacks (stack.cpp): the per-P cache, the G free lists, and
// growth by copying with relocation, driven by JIT-shaped assembly.
#include "runtime/abi.h"
#include "runtime/sched.h"
#include "tests/runtime_test_util.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>

using namespace gorun::runtime;
using gorun::testutil::runChild;

// long fake_sum(void* ctx, long n, long* acc): as LLVM compiles
//     func sum(n int, acc *int) int {
//         if n == 0 { return *acc }
//         local := *acc + 1
//         return sum(n-1, &local)
//     }
// with a split-stack prologue and a 0x40-byte frame. acc points into the
// caller's frame: the copy must relocate the saved rdx, the saved frame
// pointers and every pointer to a local.
extern "C" long fake_sum(void* ctx, long n, long* acc);
asm(R"(
	.text
	.globl fake_sum
fake_sum:
	leaq -0x40(%rsp), %r11
	cmpq %fs:0x70, %r11
	ja 1f
	movq $0x40, %r10
	movq $0, %r11
	callq __morestack
	retq
1:
	pushq %rbp
	movq %rsp, %rbp
	subq $0x40, %rsp
	testq %rsi, %rsi
	jnz 2f
	movq (%rdx), %rax
	leave
	retq
2:
	movq (%rdx), %rax
	addq $1, %rax
	movq %rax, -8(%rbp)
	leaq -8(%rbp), %rdx
	decq %rsi
	callq fake_sum
	leave
	retq
)");

TEST_CASE("stack: the per-P cache hands out distinct stacks and stays bounded", "[stack]") {
  P* pp = new P();
  std::set<uintptr_t> got;
  std::vector<uintptr_t> v;
  for (int i = 0; i < 100; i++) {
    uintptr_t s = stackalloc(pp, StackMin);
    CHECK(s % StackMin == 0);
    CHECK(got.insert(s).second);
    v.push_back(s);
  }
  for (uintptr_t s : v) stackfree(pp, s, StackMin);
  CHECK(pp->stackcache[0].size <= StackCacheSize);
  // Each order is its own class.
  uintptr_t s8 = stackalloc(pp, 8192);
  CHECK(s8 % 4096 == 0);  // page-aligned (stacks need no size alignment)
  stackfree(pp, s8, 8192);
  CHECK(pp->stackcache[2].size == 8192 + StackCacheSize / 2 - 8192);
  // Large stacks are mapped on their own.
  uintptr_t big = stackalloc(pp, 1 << 20);
  *reinterpret_cast<volatile char*>(big + (1 << 20) - 1) = 1;
  stackfree(pp, big, 1 << 20);
  stackcacherelease(pp);
  for (auto& c : pp->stackcache) CHECK(c.size == 0);
}

TEST_CASE("stack: G free lists spill at 64 and refill 32 from the global list", "[stack]") {
  P* pp = new P();
  P* other = new P();
  std::vector<G*> gs;
  for (int i = 0; i < 100; i++) {
    G* gp = new G();
    gp->stacklo = stackalloc(pp, StackMin);
    gp->stackhi = gp->stacklo + StackMin;
    gp->atomicstatus = _Gdead;
    gs.push_back(gp);
    gfput(pp, gp);
    CHECK(pp->gFreeN < 64);
  }
  CHECK(pp->gFreeN + sched.gFreeN == 100);
  G* gp = gfget(other);
  REQUIRE(gp != nullptr);
  CHECK(other->gFreeN == 31);
  CHECK(gp->stackhi - gp->stacklo == StackMin);
  // A G with a grown stack gives it back: gfget allocates a fresh 2 KiB.
  gp->stackhi = gp->stacklo + 2 * StackMin;
  gp->stacklo = stackalloc(other, 2 * StackMin);
  gp->stackhi = gp->stacklo + 2 * StackMin;
  gfput(other, gp);
  CHECK(gp->stacklo == 0);
}

namespace {
long sumResult;
void sumMain(void*) {
  long acc = 0;
  sumResult = fake_sum(nullptr, 200000, &acc);
  char buf[64];
  int n = snprintf(buf, sizeof buf, "%ld\n", sumResult);
  write(1, buf, size_t(n));
}
}  // namespace

TEST_CASE("stack: growth by copying relocates frame pointers and pointers to locals",
          "[stack]") {
  // 200,000 frames of 0x50 bytes: the stack grows to 16 MB by doubling.
  auto r = runChild([] { start(sumMain, {"prog"}); });
  CHECK(r.status == 0);
  CHECK(r.out == "200000\n");
  INFO(r.err);
}

TEST_CASE("stack: GORUN_STRESS_STACKMOVE moves (and poisons) at every check", "[stack]") {
  auto r = runChild([] {
    setenv("GORUN_STRESS_STACKMOVE", "1", 1);
    start(sumMain, {"prog"});
  });
  CHECK(r.status == 0);
  CHECK(r.out == "200000\n");
  INFO(r.err);
}
