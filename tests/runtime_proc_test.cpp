// start(): goroutine 1 on its own stack, exit statuses, tracebacks through
// frame-pointer chains, the stack overflow report and the signal safety
// net. "JIT code" here is hand-written assembly with the shape LLVM gives
// JIT functions: frame pointers, and a split-stack prologue.
#include "runtime/abi.h"
#include "runtime/natives.h"
#include "tests/runtime_test_util.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace gorun::runtime;
using gorun::testutil::runChild;

extern "C" {
void fake_main(void*);
void fake_nil_main(void*);
void fake_recurse(void*);
extern char fake_f[], fake_f_end[], fake_main_end[], fake_nil_main_end[], fake_recurse_end[];
}

// main.main calls main.f, which calls runtime.panicIndex(5, 3).
// fake_recurse is `func r() { r() }` with a 256-byte frame, as LLVM
// compiles it with "split-stack": compare rsp - framesize with %fs:0x70
// and call __morestack (r10 = frame size, r11 = argument size) when below.
asm(R"(
	.text
	.globl fake_f, fake_f_end, fake_main, fake_main_end
fake_f:
	pushq %rbp
	movq %rsp, %rbp
	movl $5, %edi
	movl $3, %esi
	callq gorun_panicIndex
fake_f_end:
fake_main:
	pushq %rbp
	movq %rsp, %rbp
	callq fake_f
	popq %rbp
	retq
fake_main_end:

	.globl fake_nil_main, fake_nil_main_end
fake_nil_main:
	pushq %rbp
	movq %rsp, %rbp
	xorl %eax, %eax
	movq 8(%rax), %rax
	popq %rbp
	retq
fake_nil_main_end:

	.globl fake_recurse, fake_recurse_end
fake_recurse:
	leaq -0x100(%rsp), %r11
	cmpq %fs:0x70, %r11
	ja 1f
	movq $0x100, %r10
	movq $0, %r11
	callq __morestack
	retq
1:
	pushq %rbp
	movq %rsp, %rbp
	subq $0x100, %rsp
	callq fake_recurse
	addq $0x100, %rsp
	popq %rbp
	retq
fake_recurse_end:
)");

namespace {

void registerFakes() {
  auto reg = [](void* start, void* end, const char* name, int line, bool params) {
    FuncInfo f;
    f.start = reinterpret_cast<uintptr_t>(start);
    f.end = reinterpret_cast<uintptr_t>(end);
    f.name = name;
    f.file = "/tmp/x.go";
    f.line = line;
    f.hasParams = params;
    registerFunc(std::move(f));
  };
  reg(reinterpret_cast<void*>(fake_f), fake_f_end, "main.f", 7, true);
  reg(reinterpret_cast<void*>(fake_main), fake_main_end, "main.main", 12, false);
  reg(reinterpret_cast<void*>(fake_nil_main), fake_nil_main_end, "main.main", 3, false);
  reg(reinterpret_cast<void*>(fake_recurse), fake_recurse_end, "main.r", 5, false);
}

struct PrintParams {
  GoSlice a;
};

void helloMain(void*) {
  static GoType tString{};
  tString.size = 16;
  tString.kind = Kind::String;
  static GoString hello{reinterpret_cast<const uint8_t*>("hello"), 5};
  static GoEface arg{&tString, &hello};
  PrintParams p{GoSlice{&arg, 1, 1}};
  struct {
    int64_t n;
    GoIface err;
  } r;
  for (auto& [name, addr] : runtimeSymbols()) {
    if (std::string(name) == "fmt.Println$native") {
      reinterpret_cast<void (*)(void*, const void*)>(addr)(&r, &p);
    }
  }
  // os.Args as start() was given them.
  GoSlice args;
  os_runtime_args(&args, nullptr);
  auto* s = static_cast<GoString*>(args.ptr);
  fmt_Println(&r, &p);
  std::string line = std::to_string(args.len) + " " +
                     std::string(reinterpret_cast<const char*>(s[1].ptr), s[1].len) + "\n";
  write(1, line.data(), line.size());
}

}  // namespace

TEST_CASE("proc: main returns, exit 0, stdout unbuffered", "[proc]") {
  auto r = runChild([] { start(helloMain, {"prog", "arg1"}); });
  CHECK(r.status == 0);
  CHECK(r.out == "hello\nhello\n2 arg1\n");
  CHECK(r.err.empty());
}

TEST_CASE("proc: os.Exit", "[proc]") {
  auto r = runChild([] {
    start(
        [](void*) {
          int64_t code = 3;
          os_Exit(nullptr, &code);
        },
        {"prog"});
  });
  CHECK(r.status == 3);
}

TEST_CASE("proc: panic traceback through JIT frames", "[proc]") {
  auto r = runChild([] {
    registerFakes();
    start(fake_main, {"prog"});
  });
  CHECK(r.status == 2);
  std::regex want(
      "panic: runtime error: index out of range \\[5\\] with length 3\n\n"
      "goroutine 1 \\[running\\]:\n"
      "main\\.f\\(\\.\\.\\.\\)\n\t/tmp/x\\.go:7 \\+0x[0-9a-f]+\n"
      "main\\.main\\(\\)\n\t/tmp/x\\.go:12 \\+0x9\n");
  INFO(r.err);
  CHECK(std::regex_match(r.err, want));
}

TEST_CASE("proc: a fault in JIT code is Go's nil dereference panic", "[proc]") {
  auto r = runChild([] {
    registerFakes();
    start(fake_nil_main, {"prog"});
  });
  CHECK(r.status == 2);
  std::regex want(
      "panic: runtime error: invalid memory address or nil pointer dereference\n"
      "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x[0-9a-f]+\\]\n\n"
      "goroutine 1 \\[running\\]:\n"
      "main\\.main\\(\\)\n\t/tmp/x\\.go:3 \\+0x6\n");
  INFO(r.err);
  CHECK(std::regex_match(r.err, want));
}

TEST_CASE("proc: a fault in runtime code is a fatal error", "[proc]") {
  auto r = runChild([] {
    start(
        [](void*) {
          static int* volatile bad = reinterpret_cast<int*>(16);
          *bad = 1;
        },
        {"prog"});
  });
  CHECK(r.status == 2);
  CHECK(r.err.rfind(
            "fatal error: unexpected signal during runtime execution\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x",
            0) == 0);
}

TEST_CASE("proc: stack overflow past 1 GB", "[proc][slow]") {
  auto r = runChild([] {
    registerFakes();
    start(fake_recurse, {"prog"});
  });
  CHECK(r.status == 2);
  std::regex head(
      "runtime: goroutine stack exceeds 1000000000-byte limit\n"
      "runtime: sp=0x[0-9a-f]+ stack=\\[0x[0-9a-f]+, 0x[0-9a-f]+\\]\n"
      "fatal error: stack overflow\n\n"
      "goroutine 1 \\[running\\]:\n"
      "main\\.r\\(\\)\n\t/tmp/x\\.go:5 \\+0x[0-9a-f]+\n(.|\n)*");
  CHECK(std::regex_match(r.err, head));
  size_t frames = 0;
  for (size_t p = 0; (p = r.err.find("main.r()", p)) != std::string::npos; p++) frames++;
  CHECK(frames == 100);
  CHECK(r.err.size() > 40);
  CHECK(r.err.substr(r.err.size() - 31) == "...additional frames elided...\n");
}
